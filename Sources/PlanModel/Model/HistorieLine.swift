/// One line of `historie`: `DATUM STATUS[: toelichting]` or
/// `DATUM deadline NIEUWE-DEADLINE[: toelichting]`.
enum HistorieLine {
    struct Problem: Error {
        var message: String
    }

    static let expectedForm =
        "schrijf 'JJJJ-MM-DD STATUS[: toelichting]' of 'JJJJ-MM-DD deadline NIEUWE-DEADLINE[: toelichting]'"

    /// The lines of a `historie` text, as `text.split(separator: "\n", omittingEmptySubsequences:
    /// false)` gives them, but found on the UTF-8 bytes: splitting by Character walks grapheme
    /// clusters and took a third of `achterstallig` on a large plan. A "\r\n" is one Character and
    /// no split point there, so text with a CR keeps the Character split.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(0x0D) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    static func parse(_ line: Substring) -> Result<(Day, HistorieEntry.Change, String?), Problem> {
        let trimmed = line.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " "), let date = Day.parseISO(trimmed[..<space]) else {
            return .failure(Problem(message: "onleesbare historieregel: geen datum vooraan; \(expectedForm)"))
        }
        var rest = trimmed[trimmed.index(after: space)...].drop { $0 == " " }
        var toelichting: String?
        if let colon = rest.firstIndex(of: ":") {
            let note = rest[rest.index(after: colon)...].drop { $0 == " " }
            toelichting = note.isEmpty ? nil : String(note)
            rest = rest[..<colon]
        }
        let change = rest.trimmingTrailingSpaces()
        if change.hasPrefix("deadline ") {
            let deadline = change.dropFirst("deadline ".count).drop { $0 == " " }
            guard DeadlineForm.parse(deadline) != nil else {
                return .failure(
                    Problem(message: "onleesbare deadline '\(deadline)' in historie; \(expectedForm)"))
            }
            return .success((date, .deadline(String(deadline)), toelichting))
        }
        guard let status = Status(rawValue: String(change)) else {
            let near = EditDistance.nearest(to: String(change), in: Status.allNames)
            let hint =
                near.map { "; bedoelde u '\($0)'?" }
                ?? "; toegestaan: \(Status.allNames.joined(separator: ", "))"
            return .failure(Problem(message: "onbekende status '\(change)' in historie\(hint)"))
        }
        return .success((date, .status(status), toelichting))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex && self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
