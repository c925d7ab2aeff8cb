/// Finds the nodes of a plan's syntax tree that an edit touches, by id.
enum TreeLocator {
    /// The mapping of the actie with `id`, if any.
    static func actie(_ id: String, in tree: SyntaxTree) -> MappingNode? {
        for actie in allActies(in: tree) where idText(of: actie) == id { return actie }
        return nil
    }

    static func allActies(in tree: SyntaxTree) -> [MappingNode] {
        guard case .mapping(let root)? = tree.root,
            case .sequence(let punten)? = root.entry("aandachtspunten")?.value
        else { return [] }
        var result: [MappingNode] = []
        for item in punten.items {
            guard case .mapping(let punt) = item, case .sequence(let acties)? = punt.entry("acties")?.value
            else {
                continue
            }
            for actie in acties.items {
                if case .mapping(let mapping) = actie { result.append(mapping) }
            }
        }
        return result
    }

    static func idText(of mapping: MappingNode) -> String? {
        guard case .scalar(let scalar)? = mapping.entry("id")?.value else { return nil }
        return scalar.text
    }
}
