/// Edits of one actie that change only the bytes they must: the value token of `status` or
/// `deadline`, and the new `historie` line (or a new `historie: |` block where there was none).
/// Comments, blank lines, quoting, key order, CRLF and a BOM elsewhere stay byte-identical.
public enum PlanEdit {
    public struct Failure: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }

    /// Sets the status of actie `id` and appends `DATUM STATUS[: toelichting]` to its historie.
    public static func setStatus(
        _ tree: SyntaxTree, actie id: String, to status: Status, on date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        edit(tree, actie: id, field: "status", value: status.rawValue, date: date, toelichting: toelichting)
    }

    /// Moves the deadline of actie `id` and appends `DATUM deadline NIEUW[: toelichting]`.
    public static func setDeadline(
        _ tree: SyntaxTree, actie id: String, to deadline: String, on date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        edit(tree, actie: id, field: "deadline", value: deadline, date: date, toelichting: toelichting)
    }

    static func edit(
        _ tree: SyntaxTree, actie id: String, field: String, value: String, date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        guard let actie = TreeLocator.actie(id, in: tree) else {
            let ids = TreeLocator.allActies(in: tree).compactMap(TreeLocator.idText)
            let hint = EditDistance.nearest(to: id, in: ids).map { "; bedoelde u '\($0)'?" } ?? ""
            return .failure(Failure(message: "onbekende actie '\(id)'\(hint)"))
        }
        let historie: [Splice]
        switch historieSplices(
            tree, actie, id: id, field: field, value: value, date: date, toelichting: toelichting)
        {
        case .failure(let failure): return .failure(failure)
        case .success(let splices): historie = splices
        }
        switch valueSplice(tree.source, actie, id: id, field: field, value: value) {
        case .failure(let failure): return .failure(failure)
        case .success(let splice): return .success(apply(tree.source, [splice] + historie))
        }
    }

    /// The new value: replaces the value token (keeping its quote style where it can), fills an
    /// empty `veld:`, or adds a `veld: waarde` line.
    static func valueSplice(
        _ source: SourceText, _ actie: MappingNode, id: String, field: String, value: String
    )
        -> Result<Splice, Failure>
    {
        guard let entry = actie.entry(field) else {
            // A new line at the actie's indentation: before `status`, or at the end when `status`
            // opens the item (`- status: …`).
            let line = String(repeating: " ", count: actie.indent) + field + ": " + ScalarWriter.render(value)
            if let status = actie.entry("status"), status.keyPosition.offset != actie.position.offset {
                let at = status.keyPosition.lineStart
                return .success(Splice(range: at..<at, bytes: Array(line.utf8) + source.lineEnding))
            }
            return .success(linesAfter(source, actie, [line]))
        }
        switch entry.value {
        case nil:
            // `deadline:` with nothing after it: the value goes after the colon, before any comment.
            let colon = afterColon(source, entry.keyPosition.offset)
            return .success(
                Splice(range: colon..<colon, bytes: Array((" " + ScalarWriter.render(value)).utf8)))
        case .scalar(let scalar)? where !scalar.style.isBlock:
            let text = ScalarWriter.render(value, keeping: scalar.style)
            return .success(Splice(range: scalar.range, bytes: Array(text.utf8)))
        default:
            return .failure(
                Failure(
                    message:
                        "'\(field)' van actie \(id) is geen enkele regel tekst; pas het plan met de hand aan")
            )
        }
    }

    /// New lines after the actie's last content line, each at `line`'s own indentation. A file
    /// whose last line has no newline keeps it so.
    static func linesAfter(_ source: SourceText, _ actie: MappingNode, _ lines: [String]) -> Splice {
        let at = actie.end
        let eol = source.lineEnding
        if at > 0 && source.bytes[at - 1] != 0x0A {
            return Splice(range: at..<at, bytes: lines.flatMap { eol + Array($0.utf8) })
        }
        return Splice(range: at..<at, bytes: lines.flatMap { Array($0.utf8) + eol })
    }

    /// The end of the line (before CR/LF) that `offset` is on.
    static func lineEnd(_ source: SourceText, from offset: Int) -> Int {
        var index = offset
        while index < source.bytes.count && source.bytes[index] != 0x0A && source.bytes[index] != 0x0D {
            index += 1
        }
        return index
    }

    /// Just after the colon of the key that starts at `keyOffset`.
    static func afterColon(_ source: SourceText, _ keyOffset: Int) -> Int {
        let end = lineEnd(source, from: keyOffset)
        var colon = keyOffset
        while colon < end && source.bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        return min(colon + 1, end)
    }

    struct Splice {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    /// The file with the splices applied; splices at the same offset keep their order.
    static func apply(_ source: SourceText, _ splices: [Splice]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(source.bytes.count + 256)
        var cursor = 0
        let ordered = splices.enumerated().sorted { a, b in
            a.element.range.lowerBound != b.element.range.lowerBound
                ? a.element.range.lowerBound < b.element.range.lowerBound : a.offset < b.offset
        }
        source.bytes.withUnsafeBufferPointer { bytes in
            for (_, splice) in ordered {
                result.append(
                    contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<splice.range.lowerBound]))
                result.append(contentsOf: splice.bytes)
                cursor = splice.range.upperBound
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
        }
        return result
    }
}
