/// Edits of one actie that change only the bytes they must: the value token of `status` or
/// `deadline`, and one new `historie` line (or a new `historie: |` block where there was none).
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
        edit(
            tree, actie: id, field: "status", value: status.rawValue,
            historieLine: historieLine(date, status.rawValue, toelichting))
    }

    /// Moves the deadline of actie `id` and appends `DATUM deadline NIEUW[: toelichting]`.
    public static func setDeadline(
        _ tree: SyntaxTree, actie id: String, to deadline: String, on date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        edit(
            tree, actie: id, field: "deadline", value: deadline,
            historieLine: historieLine(date, "deadline \(deadline)", toelichting))
    }

    static func historieLine(_ date: Day, _ change: String, _ toelichting: String?) -> String {
        guard let toelichting, !toelichting.isEmpty else { return "\(date.iso) \(change)" }
        return "\(date.iso) \(change): \(toelichting)"
    }

    static func edit(_ tree: SyntaxTree, actie id: String, field: String, value: String, historieLine: String)
        -> Result<[UInt8], Failure>
    {
        guard let actie = TreeLocator.actie(id, in: tree) else {
            let ids = TreeLocator.allActies(in: tree).compactMap(TreeLocator.idText)
            let hint = EditDistance.nearest(to: id, in: ids).map { "; bedoelde u '\($0)'?" } ?? ""
            return .failure(Failure(message: "onbekende actie '\(id)'\(hint)"))
        }
        let source = tree.source
        let eol = source.lineEnding
        var splices: [Splice] = []

        // 1. The value token.
        if let entry = actie.entry(field) {
            guard case .scalar(let scalar)? = entry.value, !scalar.style.isBlock else {
                if entry.value == nil {
                    // `deadline:` with nothing after it: put the value after the colon.
                    let colonEnd = lineContentEnd(source, from: entry.keyPosition.offset)
                    splices.append(
                        Splice(
                            range: colonEnd..<colonEnd, bytes: Array((" " + ScalarWriter.render(value)).utf8))
                    )
                    return apply(source, splices + historieSplices(source, actie, historieLine, eol))
                }
                return .failure(
                    Failure(
                        message:
                            "'\(field)' van actie \(id) is geen enkele regel tekst; pas het plan met de hand aan"
                    ))
            }
            splices.append(
                Splice(
                    range: scalar.range, bytes: Array(ScalarWriter.render(value, keeping: scalar.style).utf8))
            )
        } else {
            // No such field yet: a new line at the actie's indentation, before `status` if present.
            let indent = String(repeating: " ", count: actie.indent)
            let line = Array((indent + field + ": " + ScalarWriter.render(value)).utf8) + eol
            let before =
                actie.entry("status").map { $0.keyPosition.lineStart } ?? insertionPoint(source, after: actie)
            if before == actie.position.lineStart || before == actie.position.offset {
                return .failure(
                    Failure(
                        message:
                            "kan '\(field)' niet toevoegen aan actie \(id); voeg het veld met de hand toe"))
            }
            splices.append(Splice(range: before..<before, bytes: line))
        }
        return apply(source, splices + historieSplices(source, actie, historieLine, eol))
    }

    /// The new historie line: appended to an existing block, or a new `historie: |` block.
    static func historieSplices(_ source: SourceText, _ actie: MappingNode, _ line: String, _ eol: [UInt8])
        -> [Splice]
    {
        if let entry = actie.entry("historie"), case .scalar(let block)? = entry.value, block.style.isBlock {
            let indent = String(repeating: " ", count: block.contentIndent)
            return [
                Splice(
                    range: block.range.upperBound..<block.range.upperBound,
                    bytes: eol + Array((indent + line).utf8))
            ]
        }
        let keyIndent = String(repeating: " ", count: actie.indent)
        let at = insertionPoint(source, after: actie)
        let block = Array((keyIndent + "historie: |").utf8) + eol + Array((keyIndent + "  " + line).utf8)
        if at > 0 && source.bytes[at - 1] != 0x0A {
            return [Splice(range: at..<at, bytes: eol + block)]  // last line had no newline: keep it so
        }
        return [Splice(range: at..<at, bytes: block + eol)]
    }

    /// Just past the actie's last content line.
    static func insertionPoint(_ source: SourceText, after actie: MappingNode) -> Int {
        actie.end
    }

    /// The end of the line's content (before CR/LF), from an offset on that line.
    static func lineContentEnd(_ source: SourceText, from offset: Int) -> Int {
        var index = offset
        while index < source.bytes.count && source.bytes[index] != 0x0A && source.bytes[index] != 0x0D {
            index += 1
        }
        // Back over a trailing comment is not needed for an empty value: `deadline:   # x` keeps the comment after.
        var colon = offset
        while colon < index && source.bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        return min(colon + 1, index)
    }

    struct Splice {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    static func apply(_ source: SourceText, _ splices: [Splice]) -> Result<[UInt8], Failure> {
        var result: [UInt8] = []
        result.reserveCapacity(source.bytes.count + 256)
        var cursor = 0
        for splice in splices.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result.append(contentsOf: source.bytes[cursor..<splice.range.lowerBound])
            result.append(contentsOf: splice.bytes)
            cursor = splice.range.upperBound
        }
        result.append(contentsOf: source.bytes[cursor...])
        return .success(result)
    }
}
