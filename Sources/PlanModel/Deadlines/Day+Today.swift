#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Day {
    /// The local date from the system clock. The only place PlanModel reads a clock: everything else
    /// takes the peildatum as a parameter, so commands call this once and pass the day on.
    public static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        if localtime_r(&now, &parts) != nil,
            let day = Day(
                year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        {
            return day
        }
        // localtime_r only fails for absurd clocks; UTC is then the best guess.
        return Day(dayNumber: Int(now) / 86_400)
    }
}
