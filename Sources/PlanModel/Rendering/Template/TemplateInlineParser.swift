/// One character of a paragraph: template text (markup applies), value text (literal), or a break.
enum TemplateInlineAtom: Equatable {
    case markup(Character)
    case literal(Character)
    case lineBreak

    var isSpace: Bool {
        switch self {
        case .markup(let c), .literal(let c): c.isWhitespace
        case .lineBreak: true
        }
    }
}

/// `**bold**`, `*italic*` and backslash escapes (`\*`) over template text; value text is never
/// a delimiter. An opener must be followed, and a closer preceded, by a non-space; a delimiter
/// without a partner stays a literal `*`.
enum TemplateInlineParser {
    static func parse(_ atoms: [TemplateInlineAtom]) -> [Inline] {
        parse(resolvingEscapes(atoms)[...])
    }

    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    private static func resolvingEscapes(_ atoms: [TemplateInlineAtom]) -> [TemplateInlineAtom] {
        var result: [TemplateInlineAtom] = []
        var i = 0
        while i < atoms.count {
            if atoms[i] == .markup("\\"), i + 1 < atoms.count, case .markup(let c) = atoms[i + 1],
                escapable.contains(c)
            {
                result.append(.literal(c))
                i += 2
            } else {
                result.append(atoms[i])
                i += 1
            }
        }
        return result
    }

    private static func parse(_ atoms: ArraySlice<TemplateInlineAtom>) -> [Inline] {
        var inlines: [Inline] = []
        var text = ""
        func flush() {
            if !text.isEmpty { inlines.append(.text(text)) }
            text = ""
        }
        var i = atoms.startIndex
        while i < atoms.endIndex {
            if atoms[i] == .markup("*") {
                let double = i + 1 < atoms.endIndex && atoms[i + 1] == .markup("*")
                if double {
                    if let j = closer(in: atoms, from: i + 2, double: true) {
                        flush()
                        inlines.append(.bold(parse(atoms[(i + 2)..<j])))
                        i = j + 2
                    } else {
                        text += "**"
                        i += 2
                    }
                    continue
                }
                if let j = closer(in: atoms, from: i + 1, double: false) {
                    flush()
                    inlines.append(.italic(parse(atoms[(i + 1)..<j])))
                    i = j + 1
                    continue
                }
            }
            switch atoms[i] {
            case .markup(let c), .literal(let c): text.append(c)
            case .lineBreak:
                flush()
                inlines.append(.lineBreak)
            }
            i += 1
        }
        flush()
        return inlines
    }

    /// The index of the closing `*` (or first `*` of `**`) for content starting at `start`.
    private static func closer(in atoms: ArraySlice<TemplateInlineAtom>, from start: Int, double: Bool)
        -> Int?
    {
        guard start < atoms.endIndex, !atoms[start].isSpace, atoms[start] != .markup("*") || !double
        else { return nil }
        var j = start
        while j < atoms.endIndex {
            guard atoms[j] == .markup("*") else {
                j += 1
                continue
            }
            let pair = j + 1 < atoms.endIndex && atoms[j + 1] == .markup("*")
            if j > start && !atoms[j - 1].isSpace && pair == double { return j }
            j += pair ? 2 : 1
        }
        return nil
    }
}
