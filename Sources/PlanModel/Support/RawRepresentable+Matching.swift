/// Lookups by name among a few candidates, for the length-first initializers of `Status`,
/// `ActieField` and `AandachtspuntField`.
extension RawRepresentable where RawValue == String {
    /// The first of the candidates whose name is `name`.
    static func matching(_ name: String, _ a: Self, _ b: Self? = nil, _ c: Self? = nil) -> Self? {
        if a.rawValue == name { return a }
        if let b, b.rawValue == name { return b }
        if let c, c.rawValue == name { return c }
        return nil
    }
}
