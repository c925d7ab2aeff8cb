#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PlanBuilder {
    mutating func aandachtspunten(_ entry: MappingEntry) -> [Aandachtspunt] {
        guard let list = sequence(entry) else { return [] }
        var result: [Aandachtspunt] = []
        result.reserveCapacity(list.items.count)
        for item in list.items {
            guard case .mapping(let mapping) = item else {
                fout(item.position, ModelMessages.expectedItemFields("aandachtspunt"))
                continue
            }
            if let punt = aandachtspunt(mapping) { result.append(punt) }
        }
        return result
    }

    mutating func aandachtspunt(_ mapping: MappingNode) -> Aandachtspunt? {
        var id: PlanText?
        var punt = Aandachtspunt(
            id: PlanText("", line: 0, column: 0), line: Int32(mapping.position.line),
            column: Int32(mapping.position.column))
        for field in mapping.entries {
            switch AandachtspuntField(name: field.key) {
            case .id: id = text(field)
            case .titel: punt.titel = text(field)
            case .bevinding: punt.bevinding = text(field)
            case .risico: punt.risico = text(field)
            case .uitwerking: punt.uitwerking = text(field)
            case .zie: punt.zie = text(field)
            case .acties:
                if let list = sequence(field) {
                    punt.acties.reserveCapacity(list.items.count)
                    for item in list.items {
                        guard case .mapping(let actieMapping) = item else {
                            fout(item.position, ModelMessages.expectedItemFields("actie"))
                            continue
                        }
                        if let actie = actie(actieMapping) { punt.acties.append(actie) }
                    }
                }
            case nil: unknownField(field, known: Schema.aandachtspuntFields, context: "een aandachtspunt")
            }
        }
        let context = id.map { "aandachtspunt \($0.value)" } ?? "een aandachtspunt"
        required(id, "id", in: mapping, context: context)
        if punt.titel == nil && punt.bevinding == nil && punt.risico == nil,
            !mapping.entries.contains(where: {
                $0.isInvalid && ["titel", "bevinding", "risico"].contains($0.key)
            })
        {
            fout(mapping.position, ModelMessages.aandachtspuntWithoutText(context))
        }
        guard let id else { return nil }
        punt.id = id
        return punt
    }

    mutating func actie(_ mapping: MappingNode) -> Actie? {
        var id: PlanText?
        var actie = Actie.Fields(id: PlanText("", line: 0, column: 0))
        var historieEntry: MappingEntry?
        // Through the buffer: iterating the array copies every entry, and an actie has a dozen.
        mapping.entries.withUnsafeBufferPointer { fields in
            for index in fields.indices {
                switch ActieField(name: fields[index].key) {
                case .id: id = text(fields[index])
                case .historie:
                    actie.historieColumn = text(fields[index])?.column
                    historieEntry = fields[index]
                case let field?: actie[field.text!] = text(fields[index])
                case nil: unknownField(fields[index], known: Schema.actieFields, context: "een actie")
                }
            }
        }
        let context = id.map { "actie \($0.value)" } ?? "een actie"
        required(id, "id", in: mapping, context: context)
        required(actie[.actie], "actie", in: mapping, context: context)
        required(actie[.status], "status", in: mapping, context: context)
        if let historieEntry, case .scalar(let scalar)? = historieEntry.value {
            actie.historie = historie(scalar)
        }
        guard let id else { return nil }
        actie[.id] = id
        return Actie(
            actie, line: Int32(mapping.position.line), column: Int32(mapping.position.column))
    }

    /// The offset of the first line feed in `bytes` from `from` on (memchr: a historie can have
    /// a million lines).
    static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < bytes.count, let base = bytes.baseAddress else { return nil }
        return memchr(base + from, 0x0A, bytes.count - from).map {
            UnsafeRawPointer($0) - UnsafeRawPointer(base)
        }
    }

    /// Reads `DATUM STATUS[: toelichting]` and `DATUM deadline NIEUWE-DEADLINE[: toelichting]`
    /// lines. In a literal block, text line i is file line header + 1 + i.
    mutating func historie(_ scalar: ScalarNode) -> [HistorieEntry] {
        let isLiteral: Bool
        switch scalar.style {
        case .literal: isLiteral = true
        case .plain, .singleQuoted, .doubleQuoted: isLiteral = false
        case .folded:
            fout(scalar.position, ModelMessages.historieNotLiteral)
            return []
        }
        var entries: [HistorieEntry] = []
        var lineNumber = isLiteral ? scalar.position.line + 1 : scalar.position.line
        let column = isLiteral ? scalar.contentIndent + 1 : scalar.position.column
        // Over the bytes, not `Character`s: a historie of a million lines must load in seconds.
        var text = scalar.text
        text.withUTF8 { bytes in
            // Room for every line at once: no growing 1, 2, 4, and no spare room kept in the model.
            var lines = bytes.last == 0x0A ? 0 : 1
            var scan = 0
            while let next = Self.lineBreak(in: bytes, from: scan) {
                lines += 1
                scan = next + 1
            }
            entries.reserveCapacity(lines)
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = Self.lineBreak(in: bytes, from: lineStart) ?? bytes.count
                defer {
                    lineStart = lineEnd + 1
                    lineNumber += 1
                }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if line.allSatisfy({ $0 == 0x20 }) { continue }
                switch HistorieLine.parse(bytes: line) {
                case .success(let (date, change, toelichting)):
                    entries.append(
                        HistorieEntry(
                            date: date, change: change, toelichting: toelichting, line: Int32(lineNumber),
                            column: Int32(column)))
                case .failure(let problem):
                    diagnostics.append(
                        Diagnostic(
                            .fout, SourceLocation(file: file, line: lineNumber, column: column),
                            problem.message))
                }
            }
        }
        return entries
    }
}
