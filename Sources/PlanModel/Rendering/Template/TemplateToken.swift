/// One piece of a template after the `{{…}}` tags are recognised. Comments are already gone.
enum TemplateToken {
    /// Template text (Markdown subset), never containing a newline.
    case text(String)
    /// `{{naam}}`; `alone` when nothing but whitespace shares its source line (tables, lists).
    case placeholder(String, SourceLocation, alone: Bool)
    /// `{{#als naam}}`
    case open(String, SourceLocation)
    /// `{{#anders}}`
    case otherwise(SourceLocation)
    /// `{{/als}}`
    case close(SourceLocation)
    case newline
}

/// Splits a template into tokens, line by line (a tag must close on the line it opens). A line
/// holding only `{{#als}}`, `{{#anders}}`, `{{/als}}` or comments disappears with its line end, so
/// these tags can stand on their own lines without leaving blank lines or breaking paragraphs.
struct TemplateTokenizer {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func tokenize(_ text: String) -> [TemplateToken] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }  // byte order mark
        let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
        var tokens: [TemplateToken] = []
        for (index, var line) in lines.enumerated() {
            if line.last == "\r" { line.removeLast() }
            tokens += tokenizeLine(Array(line), number: index + 1, isLast: index == lines.count - 1)
        }
        return tokens
    }

    private mutating func tokenizeLine(_ s: [Unicode.Scalar], number: Int, isLast: Bool) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var text = String.UnicodeScalarView()
        var hasControl = false
        var hasText = false
        var placeholders = 0
        func flush() {
            guard !text.isEmpty else { return }
            if text.contains(where: { !$0.properties.isWhitespace }) { hasText = true }
            tokens.append(.text(String(text)))
            text = String.UnicodeScalarView()
        }
        var i = 0
        while i < s.count {
            guard s[i] == "{", i + 1 < s.count, s[i + 1] == "{" else {
                text.append(s[i])
                i += 1
                continue
            }
            let location = SourceLocation(file: file, line: number, column: i + 1)
            guard let end = closingBraces(in: s, from: i + 2) else {
                diagnostics.append(TemplateMessages.unclosedTag(location))
                text.append(contentsOf: s[i...])
                break
            }
            flush()
            var inner = String.UnicodeScalarView()
            inner.append(contentsOf: s[(i + 2)..<end])
            let token = classify(String(inner).trimmedWhitespace, location)
            if case .placeholder = token { placeholders += 1 } else { hasControl = true }
            if let token { tokens.append(token) }
            i = end + 2
        }
        flush()
        if hasControl && !hasText && placeholders == 0 {
            return tokens.filter { if case .text = $0 { false } else { true } }
        }
        if placeholders == 1 && !hasText {
            tokens = tokens.map {
                if case .placeholder(let name, let location, _) = $0 {
                    return .placeholder(name, location, alone: true)
                }
                return $0
            }
        }
        if !isLast { tokens.append(.newline) }
        return tokens
    }

    private func closingBraces(in s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        while j + 1 < s.count {
            if s[j] == "}" && s[j + 1] == "}" { return j }
            j += 1
        }
        return nil
    }

    /// The token for the inside of `{{…}}`; nil for a comment or an erroneous tag (reported).
    private mutating func classify(_ inner: String, _ location: SourceLocation) -> TemplateToken? {
        if inner.hasPrefix("!") { return nil }
        let words = inner.dropFirst().split(whereSeparator: \.isWhitespace)
        if inner.hasPrefix("#") {
            switch (words.first.map(String.init) ?? "", words.count) {
            case ("als", 2) where TemplateNames.isValid(words[1]):
                return .open(String(words[1]), location)
            case ("als", 1):
                diagnostics.append(TemplateMessages.conditionWithoutName(location))
            case ("anders", 1):
                return .otherwise(location)
            default:
                diagnostics.append(TemplateMessages.unknownDirective(inner, location))
            }
            return nil
        }
        if inner.hasPrefix("/") {
            if words.count == 1 && words[0] == "als" { return .close(location) }
            diagnostics.append(TemplateMessages.unknownDirective(inner, location))
            return nil
        }
        if inner.isEmpty {
            diagnostics.append(TemplateMessages.emptyTag(location))
            return nil
        }
        guard TemplateNames.isValid(Substring(inner)) else {
            diagnostics.append(TemplateMessages.invalidName(inner, location))
            return nil
        }
        return .placeholder(inner, location, alone: false)
    }
}
