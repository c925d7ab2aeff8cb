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

    /// By length first (like the field names in `Schema.swift`): the synthesized initializer
    /// compares the text with each name in turn, and every actie and historie line has a status.
    public init?(rawValue: String) {
        let found: Status?
        switch rawValue.utf8.count {
        case 7: found = .matching(rawValue, .gepland, .geborgd)
        case 9: found = .matching(rawValue, .vervallen)
        case 10: found = .matching(rawValue, .uitgesteld)
        case 12: found = .matching(rawValue, .gerealiseerd, .inOnderzoek)
        case 13: found = .matching(rawValue, .inUitvoering, .nietHaalbaar)
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }

    /// The status whose name is exactly these bytes (a historie line names one on every line).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        for status in Status.allCases {
            var name = status.rawValue
            let equal = name.withUTF8 { name in
                name.count == bytes.count && memcmp(name.baseAddress!, bytes.baseAddress!, name.count) == 0
            }
            if equal {
                self = status
                return
            }
        }
        return nil
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
