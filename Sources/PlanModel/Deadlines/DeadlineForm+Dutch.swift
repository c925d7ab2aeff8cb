extension DeadlineForm {
    private static let quarterNames = ["eerste", "tweede", "derde", "vierde"]

    /// The Dutch name of the period alone, as documents print it: "30 juni 2017", "mei 2017",
    /// "tweede kwartaal 2017", "2017", the termijn's name, "doorlopend".
    public var dutchName: String {
        switch self {
        case .day(let day):
            return day.dutch
        case .month(let year, let month):
            guard (1...12).contains(month) else { return "\(year)-\(month)" }
            return "\(DutchMonth.names[month - 1]) \(year)"
        case .quarter(let year, let quarter):
            guard (1...4).contains(quarter) else { return "\(year)-Q\(quarter)" }
            return "\(DeadlineForm.quarterNames[quarter - 1]) kwartaal \(year)"
        case .year(let year):
            return String(year)
        case .termijn(let name):
            return name
        case .doorlopend:
            return "doorlopend"
        }
    }

    /// The deadline in words for documents: "uiterlijk 30 juni 2017", "uiterlijk tweede kwartaal
    /// 2017", "korte termijn (uiterlijk 30 juni 2017)" for a termijn that resolves (else its name
    /// alone), "doorlopend".
    public func dutchPhrase(termijnen: [String: Day]) -> String {
        switch self {
        case .day, .month, .quarter, .year:
            return "uiterlijk " + dutchName
        case .termijn(let name):
            guard let last = lastDay(termijnen: termijnen) else { return name }
            return "\(name) (uiterlijk \(last.dutch))"
        case .doorlopend:
            return "doorlopend"
        }
    }
}
