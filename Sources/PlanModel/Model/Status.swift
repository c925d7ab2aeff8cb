#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state of an actie. Open statuses can be overdue; closed ones are finished one way or another.
public enum Status: String, CaseIterable, Hashable, Sendable {
    case gepland
    case inUitvoering = "in-uitvoering"
    case inOnderzoek = "in-onderzoek"
    case uitgesteld
    case gerealiseerd
    case geborgd
    case nietHaalbaar = "niet-haalbaar"
    case vervallen

    /// Not the synthesized initializer, which compares the text with each name in turn: every
    /// actie and historie line has a status.
    public init?(rawValue: String) {
        // Bytes equal the names exactly when the strings are equal: the names are ASCII.
        var name = rawValue
        guard let found = name.withUTF8({ Status(utf8: $0) }) else { return nil }
        self = found
    }

    /// The status whose name is exactly these bytes (a historie line names one on every line,
    /// and every actie has one). By length first (like the field names in `Schema.swift`), then
    /// the bytes of the one or two names of that length.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        func matches(_ status: Status) -> Bool {
            var name = status.rawValue
            return name.withUTF8 { memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0 }
        }
        func named(_ first: Status, _ second: Status? = nil) -> Status? {
            if matches(first) { return first }
            if let second, matches(second) { return second }
            return nil
        }
        let found: Status?
        switch bytes.count {
        case 7: found = named(.gepland, .geborgd)
        case 9: found = named(.vervallen)
        case 10: found = named(.uitgesteld)
        case 12: found = named(.gerealiseerd, .inOnderzoek)
        case 13: found = named(.inUitvoering, .nietHaalbaar)
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }

    public var isOpen: Bool {
        switch self {
        case .gepland, .inUitvoering, .inOnderzoek, .uitgesteld: return true
        case .gerealiseerd, .geborgd, .nietHaalbaar, .vervallen: return false
        }
    }

    /// Realised, whether or not it was also made to last.
    public var isRealised: Bool { self == .gerealiseerd || self == .geborgd }

    /// The status in words for documents ("in uitvoering", "niet haalbaar").
    public var dutchLabel: String {
        switch self {
        case .gepland: return "gepland"
        case .inUitvoering: return "in uitvoering"
        case .inOnderzoek: return "in onderzoek"
        case .uitgesteld: return "uitgesteld"
        case .gerealiseerd: return "gerealiseerd"
        case .geborgd: return "gerealiseerd en geborgd"
        case .nietHaalbaar: return "niet haalbaar"
        case .vervallen: return "vervallen"
        }
    }

    public static let allNames: [String] = allCases.map(\.rawValue)
}
