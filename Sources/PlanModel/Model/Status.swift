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

    /// By length first: every actie's status is read several times per run (checks, lists), and
    /// the synthesized initializer compares the text with each name in turn.
    public init?(rawValue: String) {
        let first: Status
        var second: Status?
        switch rawValue.utf8.count {
        case 7: (first, second) = (.gepland, .geborgd)
        case 9: first = .vervallen
        case 10: first = .uitgesteld
        case 12: (first, second) = (.gerealiseerd, .inOnderzoek)
        case 13: (first, second) = (.inUitvoering, .nietHaalbaar)
        default: return nil
        }
        if first.rawValue == rawValue {
            self = first
        } else if let second, second.rawValue == rawValue {
            self = second
        } else {
            return nil
        }
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
