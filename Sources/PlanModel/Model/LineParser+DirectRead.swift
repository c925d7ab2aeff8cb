/// Reading an aandachtspunt straight from the lines of the file, without a syntax tree, when a
/// read-only command streams a plan (`PlanBuilder.buildStreaming`). Parsing an item into mapping
/// and scalar nodes, then building the model from the nodes and letting them go, was most of the
/// work of reading a large plan.
///
/// It reads the common shape only: plain keys the schema knows, each once; scalar values on the
/// key's line (plain, quoted or block); `acties` as a list of such mappings. It uses the tree
/// parser's own line and scalar readers, so a value reads the same either way. At anything else,
/// and at any message (a syntax warning, a missing field, a bad `historie` line), it declines:
/// the parser rewinds and reads the item into a tree, so every problem is reported as before.
/// The fuzz target checks that both ways give the same plan and messages.
extension LineParser {
    /// The aandachtspunt whose first field starts at `contentStart`; nil to decline.
    mutating func directAandachtspunt(builder: inout PlanBuilder) -> Aandachtspunt? {
        guard startsDirectMapping() else { return nil }
        let start = position(contentStart)
        var punt = Aandachtspunt(
            id: PlanText("", line: 0, column: 0), line: Int32(start.line), column: Int32(start.column))
        var id: PlanText?
        let read = directFields(DirectKeys.aandachtspuntField) { parser, field, mappingIndent, valueStart in
            if field == .acties {
                return parser.directActies(
                    mappingIndent, valueStart: valueStart, into: &punt, builder: &builder)
            }
            guard
                let text = parser.directText(
                    mappingIndent, valueStart: valueStart, keepingText: builder.textsKept.keeps(field))
            else { return false }
            switch field {
            case .id: id = text
            case .titel: punt.titel = text
            case .bevinding: punt.bevinding = text
            case .risico: punt.risico = text
            case .uitwerking: punt.uitwerking = text
            case .zie: punt.zie = text
            case .acties: break
            }
            return true
        }
        guard read, let id, punt.titel != nil || punt.bevinding != nil || punt.risico != nil else {
            return nil
        }
        punt.id = id
        return punt
    }

    /// The acties below an `acties:` key whose value would start at `valueStart`; false to decline.
    mutating func directActies(
        _ mappingIndent: Int, valueStart: Int, into punt: inout Aandachtspunt, builder: inout PlanBuilder
    ) -> Bool {
        // A value on the key's line (a text, a flow list) is reported by the tree reader.
        guard valueStart == lineEnd || bytes[valueStart] == UInt8(ascii: "#") else { return false }
        consumeLine()
        guard skipTriviaQuietly() else { return false }
        // No list below the key: no acties, as in the tree reader.
        if atEnd || indent < mappingIndent || (indent == mappingIndent && !isDash(at: contentStart)) {
            return true
        }
        guard isDash(at: contentStart) else { return false }
        let listIndent = indent
        // Room for the usual number at once: growing 1, 2, 4, 8 was four allocations and three
        // copies for five acties.
        punt.acties.reserveCapacity(8)
        while true {
            guard skipTriviaQuietly() else { return false }
            if atEnd || indent < listIndent { return true }
            guard indent == listIndent else { return false }
            guard isDash(at: contentStart) else { return true }
            var after = contentStart + 1
            while after < lineEnd && bytes[after] == 0x20 { after += 1 }
            if after == lineEnd || bytes[after] == UInt8(ascii: "#") { return false }
            contentStart = after
            indent = after - lineStart
            guard let actie = directActie(builder: &builder) else { return false }
            punt.acties.append(actie)
        }
    }

    /// The actie whose first field starts at `contentStart`; nil to decline. Its texts are
    /// collected as bytes (`collectsText`) and copied into the actie's storage once.
    mutating func directActie(builder: inout PlanBuilder) -> Actie? {
        guard startsDirectMapping() else { return nil }
        let start = position(contentStart)
        var header = ActieHeader()
        var historie: ScalarNode?
        textBytes.truncate(to: 0)
        var historieBytes = 0..<0
        let textsKept = builder.textsKept
        let read = directFields(DirectKeys.actieField) { parser, field, mappingIndent, valueStart in
            let textStart = parser.textBytes.count
            parser.collectsText = true
            let value = parser.directScalar(mappingIndent, valueStart: valueStart)
            parser.collectsText = false
            guard let text = field.text else {
                switch value {
                case .declined: return false
                case .empty: break
                case .scalar(let scalar):
                    historieBytes = textStart..<parser.textBytes.count
                    // An empty historie reads as absent, as in `PlanBuilder.text`.
                    header.historieColumn =
                        historieBytes.isEmpty ? nil : Int32(truncatingIfNeeded: scalar.position.column)
                    historie = scalar
                }
                return true
            }
            // An empty value reads as absent, as in `PlanBuilder.text`.
            switch value {
            case .declined: return false
            case .empty: return true
            case .scalar(let scalar) where parser.textBytes.count > textStart:
                // A text the load does not keep is there, empty (`TextsKept`).
                if !textsKept.keeps(text) { parser.textBytes.truncate(to: textStart) }
                header[text] = TextSpan(
                    start: Int32(truncatingIfNeeded: textStart),
                    count: Int32(truncatingIfNeeded: parser.textBytes.count - textStart),
                    line: Int32(truncatingIfNeeded: scalar.position.line),
                    column: Int32(truncatingIfNeeded: scalar.position.column))
            case .scalar: break
            }
            return true
        }
        guard read, header.has(.id), header.has(.actie), header.has(.status) else {
            return nil
        }
        if let historie {
            guard
                directHistorie(
                    historie, at: historieBytes, into: &header, keepingToelichting: textsKept == .all)
            else { return nil }
        }
        return Actie(
            header, bytes: textBytes.bytes(from: 0), line: Int32(start.line), column: Int32(start.column))
    }

    /// Reads the fields of the mapping whose first key is at `contentStart`: finds each key as
    /// `parseMapping` does, looks it up with `field` (a name the schema does not know, or a
    /// field given twice, declines) and hands it to `read` with the mapping's indentation and
    /// where its value starts. False when the mapping, or `read`, declines.
    mutating func directFields<Field>(
        _ field: (ByteView, Range<Int>) -> (Field, UInt32)?,
        _ read: (inout LineParser, Field, _ mappingIndent: Int, _ valueStart: Int) -> Bool
    ) -> Bool {
        let mappingIndent = indent
        var seen: UInt32 = 0
        var first = true
        while true {
            guard let key = directKey(mappingIndent, first: first) else { return false }
            first = false
            guard let (keyRange, valueStart) = key else { return true }
            guard let (found, bit) = field(bytes, keyRange), seen & bit == 0 else { return false }
            seen |= bit
            guard read(&self, found, mappingIndent, valueStart) else { return false }
        }
    }

    /// Whether the item's content at `contentStart` begins a mapping the direct reader may read:
    /// what `parseNode` would read as a mapping, without a message.
    func startsDirectMapping() -> Bool {
        !isDash(at: contentStart) && UnsupportedSyntax.check(bytes, contentStart, lineEnd) == nil
            && findKeyColon() != nil
    }

    /// The next key of the mapping at `mappingIndent`, as `parseMapping` finds it: `.some(nil)` at
    /// the mapping's end, nil to decline. The first key is on the current line.
    mutating func directKey(_ mappingIndent: Int, first: Bool) -> (key: Range<Int>, valueStart: Int)?? {
        if !first {
            guard skipTriviaQuietly() else { return nil }
            if atEnd || indent < mappingIndent { return .some(nil) }
            // Deeper lines and list items beside keys are reported by the tree reader.
            guard indent == mappingIndent, !isDash(at: contentStart),
                UnsupportedSyntax.check(bytes, contentStart, lineEnd) == nil
            else { return nil }
        }
        // Quoted keys are left to the tree reader.
        guard bytes[contentStart] != UInt8(ascii: "\""), bytes[contentStart] != UInt8(ascii: "'"),
            let colon = findKeyColon()
        else { return nil }
        var keyEnd = colon
        while keyEnd > contentStart && bytes[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        var valueStart = colon + 1
        while valueStart < lineEnd && bytes[valueStart] == 0x20 { valueStart += 1 }
        return (contentStart..<keyEnd, valueStart)
    }

    /// What `directScalar` found. Not a `ScalarNode??`: destroying a nested optional went
    /// through generic value witnesses, a few hundred instructions per field.
    enum DirectValue {
        /// A value below the key, or any message: the tree reader reads the item.
        case declined
        case empty
        case scalar(ScalarNode)
    }

    /// A text field's value as `parseMapping` reads it.
    mutating func directScalar(_ mappingIndent: Int, valueStart: Int) -> DirectValue {
        if valueStart == lineEnd || bytes[valueStart] == UInt8(ascii: "#") {
            consumeLine()
            guard skipTriviaQuietly() else { return .declined }
            // Anything below the key (a list, fields, text on the next line) is not a text value.
            if !atEnd && (indent > mappingIndent || (indent == mappingIndent && isDash(at: contentStart))) {
                return .declined
            }
            return .empty
        }
        guard bytes[valueStart] != 0x09,
            UnsupportedSyntax.check(bytes, valueStart, lineEnd, isValue: true) == nil
        else { return .declined }
        contentStart = valueStart
        let reported = diagnostics.count
        guard let scalar = parseValueScalar(parentIndent: mappingIndent), diagnostics.count == reported else {
            return .declined
        }
        if !scalar.style.isBlock {
            guard skipTriviaQuietly() else { return .declined }
            // A deeper line after a one-line value is reported by the tree reader.
            if !atEnd && indent > mappingIndent { return .declined }
        }
        return .scalar(scalar)
    }

    /// A text field's value as `PlanBuilder.text` makes it (`.some(nil)` when empty); nil to
    /// decline. The scalar is made into the text where it is read, not copied.
    /// Without `keepingText`, a text that is given reads as an empty text at its place
    /// (`TextsKept`); its bytes are collected and dropped, not made into a string.
    mutating func directText(_ mappingIndent: Int, valueStart: Int, keepingText: Bool = true) -> PlanText?? {
        guard !keepingText else {
            switch directScalar(mappingIndent, valueStart: valueStart) {
            case .declined: return nil
            case .empty: return .some(nil)
            case .scalar(let scalar): return .some(Self.planText(scalar))
            }
        }
        let textStart = textBytes.count
        collectsText = true
        let value = directScalar(mappingIndent, valueStart: valueStart)
        collectsText = false
        let given = textBytes.count > textStart
        textBytes.truncate(to: textStart)
        switch value {
        case .declined: return nil
        case .empty: return .some(nil)
        case .scalar(let scalar):
            return .some(
                given ? PlanText("", line: scalar.position.line, column: scalar.position.column) : nil)
        }
    }

    /// `skipTrivia`, false when it reported something (a tab used for indentation).
    mutating func skipTriviaQuietly() -> Bool {
        let reported = diagnostics.count
        skipTrivia()
        return diagnostics.count == reported
    }

    /// A text as `PlanBuilder.text` makes it: an empty value reads as absent.
    static func planText(_ scalar: ScalarNode) -> PlanText? {
        scalar.text.isEmpty
            ? nil : PlanText(scalar.text, line: scalar.position.line, column: scalar.position.column)
    }
}

extension StreamingState: ItemSink {
    func read(_ parser: inout LineParser) -> Bool {
        let reported = builder.diagnostics.count
        if firstItemAt == nil { firstItemAt = parser.lineStart }
        guard let punt = parser.directAandachtspunt(builder: &builder) else {
            builder.diagnostics.removeSubrange(reported...)
            return false
        }
        aandachtspunten.append(punt)
        if aandachtspunten.count == Self.itemsToForesee, let firstItemAt {
            reserveForRestOfFile(
                read: parser.lineStart - firstItemAt, remaining: parser.bytes.count - parser.lineStart)
        }
        if parser.lineStart > hugePagesUpTo { adviseHugePagesAhead(from: parser.lineStart) }
        return true
    }
}

/// Field names found from a key's bytes, without making a string of the key; each with its bit in
/// a set of fields seen.
enum DirectKeys {
    static func aandachtspuntField(_ bytes: ByteView, _ key: Range<Int>) -> (AandachtspuntField, UInt32)? {
        find(PackedName(bytes, key), in: aandachtspuntFields)
    }

    static func actieField(_ bytes: ByteView, _ key: Range<Int>) -> (ActieField, UInt32)? {
        find(PackedName(bytes, key), in: actieFields)
    }

    static func find<Field>(_ name: PackedName, in fields: [(PackedName, Field)]) -> (Field, UInt32)? {
        for index in fields.indices where fields[index].0 == name { return (fields[index].1, 1 << index) }
        return nil
    }

    static let aandachtspuntFields = AandachtspuntField.allCases.map { (PackedName($0.rawValue), $0) }
    static let actieFields = ActieField.allCases.map { (PackedName($0.rawValue), $0) }
}

/// A name of up to 16 bytes as two words and a length; longer names never equal a field name.
struct PackedName: Equatable {
    var words: (UInt64, UInt64) = (0, 0)
    var length: Int

    init(_ bytes: ByteView, _ range: Range<Int>) {
        self = bytes.withUnsafeBufferPointer { PackedName($0, range) }
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        length = range.count
        guard length <= 16 else {
            length = -1
            return
        }
        // Copied into the two words in one go: every key of every actie is looked up.
        withUnsafeMutableBytes(of: &words) { words in
            words.baseAddress!.copyMemory(from: bytes.baseAddress! + range.lowerBound, byteCount: range.count)
        }
    }

    static func == (a: PackedName, b: PackedName) -> Bool {
        a.length == b.length && a.words.0 == b.words.0 && a.words.1 == b.words.1
    }

    init(_ name: String) {
        let bytes = Array(name.utf8)
        self = bytes.withUnsafeBufferPointer { PackedName($0, 0..<bytes.count) }
    }
}
