#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of `historie`: `DATUM STATUS[: toelichting]` or
/// `DATUM deadline NIEUWE-DEADLINE[: toelichting]`.
enum HistorieLine {
    struct Problem: Error {
        var message: String
    }

    static let expectedForm =
        "schrijf 'JJJJ-MM-DD STATUS[: toelichting]' of 'JJJJ-MM-DD deadline NIEUWE-DEADLINE[: toelichting]'"

    /// A line read as places in its bytes, so that the direct reader can keep the texts in the
    /// actie's storage without making a `String` of each.
    struct Spans {
        var date: Day
        /// nil for a `deadline` line.
        var status: Status?
        /// The new deadline of a `deadline` line.
        var deadline: Range<Int>?
        var toelichting: Range<Int>?
    }

    static func parse(_ line: Substring) -> Result<(Day, HistorieEntry.Change, String?), Problem> {
        if let result = line.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return result }
        return Array(line.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
    }

    /// The line with its texts made into `String`s. `line` must be the UTF-8 of a string (or of
    /// a checked file), whole characters only.
    static func parse(bytes line: UnsafeBufferPointer<UInt8>) -> Result<
        (Day, HistorieEntry.Change, String?), Problem
    > {
        parseSpans(bytes: line).map { spans in
            func text(_ range: Range<Int>) -> String {
                String.fromCheckedUTF8(UnsafeBufferPointer(rebasing: line[range]))
            }
            let change: HistorieEntry.Change =
                spans.status.map { .status($0) } ?? .deadline(text(spans.deadline!))
            return (spans.date, change, spans.toelichting.map(text))
        }
    }

    /// Works on the line's bytes: a historie can hold a million lines, and character-wise
    /// `Substring` scanning made loading it take many seconds. `line` must be the UTF-8 of a
    /// string (or of a checked file), whole characters only.
    static func parseSpans(bytes line: UnsafeBufferPointer<UInt8>) -> Result<Spans, Problem> {
        let space = UInt8(ascii: " ")
        let end = line.count
        func skipSpaces(_ from: Int) -> Int {
            var index = from
            while index < end && line[index] == space { index += 1 }
            return index
        }
        // The line is a string's bytes, cut only at ASCII spaces and colons: already valid UTF-8.
        func text(_ from: Int, _ to: Int) -> String {
            String.fromCheckedUTF8(UnsafeBufferPointer(rebasing: line[from..<to]))
        }

        let dateStart = skipSpaces(0)
        var dateEnd = dateStart
        while dateEnd < end && line[dateEnd] != space { dateEnd += 1 }
        guard let date = Day.parseISO(bytes: UnsafeBufferPointer(rebasing: line[dateStart..<dateEnd])) else {
            let first = text(dateStart, dateEnd)
            let looksLikeDate = first.contains(where: \.isNumber)
            return .failure(
                Problem(
                    message: looksLikeDate
                        ? "onleesbare datum '\(first)' vooraan in de historieregel; \(expectedForm)"
                        : "onleesbare historieregel: geen datum vooraan; \(expectedForm)"))
        }
        guard skipSpaces(dateEnd) < end else {
            return .failure(Problem(message: "na de datum ontbreekt de wijziging; \(expectedForm)"))
        }
        let changeStart = skipSpaces(dateEnd + 1)
        var changeEnd = changeStart
        while changeEnd < end && line[changeEnd] != UInt8(ascii: ":") { changeEnd += 1 }
        var toelichting: Range<Int>?
        if changeEnd < end {
            let noteStart = skipSpaces(changeEnd + 1)
            toelichting = noteStart == end ? nil : noteStart..<end
        }
        while changeEnd > changeStart && line[changeEnd - 1] == space { changeEnd -= 1 }
        // "deadline" (8 bytes), alone or followed by a space; compared as bytes, not as sequences.
        let isDeadline =
            changeEnd - changeStart >= 8 && line[changeStart] == UInt8(ascii: "d")
            && memcmp(line.baseAddress! + changeStart, "deadline", 8) == 0
        if isDeadline && changeEnd - changeStart == 8 {
            return .failure(Problem(message: "na 'deadline' ontbreekt de nieuwe deadline; \(expectedForm)"))
        }
        if isDeadline && line[changeStart + 8] == space {
            let deadline = skipSpaces(changeStart + "deadline ".utf8.count)..<changeEnd
            guard DeadlineForm.parse(bytes: UnsafeBufferPointer(rebasing: line[deadline])) != nil else {
                return .failure(
                    Problem(
                        message:
                            "onleesbare deadline '\(text(deadline.lowerBound, deadline.upperBound))' in historie; \(expectedForm)"
                    ))
            }
            return .success(Spans(date: date, deadline: deadline, toelichting: toelichting))
        }
        if let status = Status(utf8: UnsafeBufferPointer(rebasing: line[changeStart..<changeEnd])) {
            return .success(Spans(date: date, status: status, toelichting: toelichting))
        }
        let name = text(changeStart, changeEnd)
        guard let status = Status(rawValue: name) else {
            let near = EditDistance.nearest(to: name, in: Status.allNames)
            let hint =
                near.map { "; bedoelde u '\($0)'?" }
                ?? "; toegestaan: \(Status.allNames.joined(separator: ", "))"
            return .failure(Problem(message: "onbekende status '\(name)' in historie\(hint)"))
        }
        return .success(Spans(date: date, status: status, toelichting: toelichting))
    }
}
