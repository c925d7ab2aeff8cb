/// XML text for ODT parts. Kept inside the ODT renderer so other renderers pick their own escaping.
enum ODTXML {
    /// Escapes text for element content and attribute values alike, and drops characters that
    /// XML 1.0 forbids (control characters other than tab, line feed and carriage return; U+FFFE,
    /// U+FFFF): they carry no meaning in a letter and would make the whole document unreadable.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// The XML 1.0 `Char` production (Swift strings hold no surrogates).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// Writes the content of one `text:p` or `text:h`. ODF collapses runs of white space and drops it
/// at the start of a paragraph, so spaces that would be lost become `text:s`, tabs `text:tab` and
/// line ends `text:line-break`; "a  b" keeps both spaces.
struct ODTParagraphWriter {
    private(set) var xml = ""
    /// True at the start and after white space: a space here would collapse, so it needs `text:s`.
    private var collapsesSpace = true
    private var pendingSpaces = 0

    mutating func text(_ text: String) {
        for character in text {
            switch character {
            case " ":
                if collapsesSpace {
                    pendingSpaces += 1
                } else {
                    xml += " "
                    collapsesSpace = true
                }
            case "\n", "\r", "\r\n":
                element("<text:line-break/>")
            case "\t":
                element("<text:tab/>")
            default:
                flushSpaces()
                let escaped = ODTXML.escape(String(character))
                if !escaped.isEmpty {
                    xml += escaped
                    collapsesSpace = false
                }
            }
        }
    }

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                self.text(text)
            case .bold(let children):
                span(style: ODTStyleName.strong, children)
            case .italic(let children):
                span(style: ODTStyleName.emphasis, children)
            case .lineBreak:
                element("<text:line-break/>")
            }
        }
    }

    /// The finished content, with trailing spaces kept.
    mutating func finish() -> String {
        flushSpaces()
        return xml
    }

    private mutating func span(style: String, _ children: [Inline]) {
        flushSpaces()
        xml += "<text:span text:style-name=\"\(style)\">"
        inlines(children)
        flushSpaces()
        xml += "</text:span>"
    }

    private mutating func element(_ tag: String) {
        flushSpaces()
        xml += tag
        collapsesSpace = true
    }

    private mutating func flushSpaces() {
        switch pendingSpaces {
        case 0: return
        case 1: xml += "<text:s/>"
        default: xml += "<text:s text:c=\"\(pendingSpaces)\"/>"
        }
        pendingSpaces = 0
    }
}
