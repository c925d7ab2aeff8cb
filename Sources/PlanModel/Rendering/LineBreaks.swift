/// Which UTF-8 bytes make a line break, in one place for the renderers that look for them on a
/// text's bytes (walking `Character`s was most of the time of long lists). The breaks are those
/// of Swift's `Character.isNewline`: LF, VT, FF, CR, CR LF, U+0085 (C2 85), U+2028 (E2 80 A8)
/// and U+2029 (E2 80 A9); CSV quoting treats them all as breaks, to be safe.
enum LineBreaks {
    /// Whether `byte` may start a line break: every break starts with one of these bytes, so a
    /// text without them has none (C2 and E2 also start other characters).
    static func mayStart(_ byte: UInt8) -> Bool {
        (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
    }

    /// Whether `byte` may start a break other than LF and CR.
    static func mayStartOtherThanLFOrCR(_ byte: UInt8) -> Bool {
        byte == 0x0B || byte == 0x0C || byte == 0xC2 || byte == 0xE2
    }

    /// Whether the break that ends at `byte`, after `previous` and `beforePrevious`, is complete:
    /// a one-byte break, or the last byte of U+0085, U+2028 or U+2029.
    static func ends(at byte: UInt8, previous: UInt8, beforePrevious: UInt8) -> Bool {
        switch byte {
        case 0x0A...0x0D: return true
        case 0x85: return previous == 0xC2
        case 0xA8, 0xA9: return previous == 0x80 && beforePrevious == 0xE2
        default: return false
        }
    }
}
