/// Placeholder names: what is valid, and which known name a typo probably meant.
enum TemplateNames {
    /// Letters, digits, `-`, `_`, `.`.
    static func isValid(_ name: Substring) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// The known name a typo probably meant (see `EditDistance`); candidates are sorted so the
    /// message does not depend on dictionary order.
    static func nearest(to name: String, in candidates: [String]) -> String? {
        EditDistance.nearest(to: name, in: candidates.sorted())
    }
}
