/// YAML features outside the plan subset, recognised by the first byte of a node or value, each
/// with a message that says what to write instead.
enum UnsupportedSyntax {
    /// `isValue`: the text right of `veld:`, where a `- ` would start a list YAML refuses there.
    static func check(_ bytes: ByteView, _ start: Int, _ end: Int, isValue: Bool = false) -> String? {
        guard start < end else { return nil }
        let next: UInt8? = start + 1 < end ? bytes[start + 1] : nil
        let separated = next == nil || next == 0x20 || next == 0x09
        switch bytes[start] {
        case UInt8(ascii: "&"): return SyntaxMessages.anchor
        case UInt8(ascii: "*"): return SyntaxMessages.alias
        case UInt8(ascii: "!"): return SyntaxMessages.tag
        case UInt8(ascii: "{"): return SyntaxMessages.flowMapping
        case UInt8(ascii: "["): return SyntaxMessages.flowSequence
        case UInt8(ascii: "?") where separated: return SyntaxMessages.explicitKey
        case UInt8(ascii: "%"): return SyntaxMessages.reservedStart("%")
        case UInt8(ascii: "@"): return SyntaxMessages.reservedStart("@")
        case UInt8(ascii: "`"): return SyntaxMessages.reservedStart("`")
        case UInt8(ascii: ","): return SyntaxMessages.reservedStart(",")
        case UInt8(ascii: "}"), UInt8(ascii: "]"): return SyntaxMessages.flowMapping
        case UInt8(ascii: "-") where separated && isValue: return SyntaxMessages.dashValue
        default: return nil
        }
    }
}
