/// Helpers shared by the document tables: plan texts as cell paragraphs.
extension Optional where Wrapped == PlanText {
    /// The text as written, without the final newline a block scalar (`>`, `|`) carries; "" when
    /// absent. Inner newlines stay: the renderers print them as line breaks.
    var cellText: String {
        guard let text = self?.value else { return "" }
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isNewline { end = text.index(before: end) }
        return String(text[..<end])
    }
}

extension Actie {
    /// "Status: gerealiseerd; korte termijn (uiterlijk 30 juni 2017)": the status and deadline in
    /// words, or "" when the plan gives neither in a readable form.
    func statusLine(termijnen: [String: Day]) -> String {
        var parts: [String] = []
        if let status = statusValue { parts.append(status.dutchLabel) }
        if let form = deadlineForm { parts.append(form.dutchPhrase(termijnen: termijnen)) }
        return parts.isEmpty ? "" : "Status: " + parts.joined(separator: "; ")
    }
}

extension Aandachtspunt {
    /// `heading` without a block scalar's final newline.
    var headingText: String {
        let text = (titel ?? risico ?? bevinding).cellText
        return text.isEmpty ? id.value : text
    }

    /// "Zie 01" for a point answered by another one; nil otherwise.
    var zieText: String? {
        guard let zie, !zie.value.isEmpty else { return nil }
        return "Zie " + zie.value
    }
}

/// Paragraphs without the empty ones, so an absent field leaves no blank line in a cell.
func cellParagraphs(_ texts: String...) -> [String] {
    texts.filter { !$0.isEmpty }
}
