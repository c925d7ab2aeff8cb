/// A parsed template: text and placeholders, with conditionals nested as a tree.
indirect enum TemplateNode: Sendable {
    case text(String)
    case placeholder(String, SourceLocation, alone: Bool)
    case newline
    case conditional(String, SourceLocation, then: [TemplateNode], otherwise: [TemplateNode])

    /// Builds the tree. Structure errors are reported and repaired (an unclosed `{{#als}}` is
    /// closed at the end) so that later errors are still found.
    static func tree(from tokens: [TemplateToken], diagnostics: inout [Diagnostic]) -> [TemplateNode] {
        struct Frame {
            var name: String
            var location: SourceLocation
            var then: [TemplateNode] = []
            var otherwise: [TemplateNode]?
        }
        var root: [TemplateNode] = []
        var stack: [Frame] = []
        func append(_ node: TemplateNode) {
            guard !stack.isEmpty else { return root.append(node) }
            if stack[stack.count - 1].otherwise != nil {
                stack[stack.count - 1].otherwise!.append(node)
            } else {
                stack[stack.count - 1].then.append(node)
            }
        }
        func closeInnermost() {
            let frame = stack.removeLast()
            append(
                .conditional(frame.name, frame.location, then: frame.then, otherwise: frame.otherwise ?? []))
        }
        for token in tokens {
            switch token {
            case .text(let text): append(.text(text))
            case .placeholder(let name, let location, let alone):
                append(.placeholder(name, location, alone: alone))
            case .newline: append(.newline)
            case .open(let name, let location): stack.append(Frame(name: name, location: location))
            case .otherwise(let location):
                if stack.isEmpty {
                    diagnostics.append(TemplateMessages.otherwiseWithoutOpen(location))
                } else if stack[stack.count - 1].otherwise != nil {
                    diagnostics.append(
                        TemplateMessages.secondOtherwise(stack[stack.count - 1].name, location))
                } else {
                    stack[stack.count - 1].otherwise = []
                }
            case .close(let location):
                if stack.isEmpty {
                    diagnostics.append(TemplateMessages.closeWithoutOpen(location))
                } else {
                    closeInnermost()
                }
            }
        }
        while let frame = stack.last {
            diagnostics.append(TemplateMessages.unclosedCondition(frame.name, frame.location))
            closeInnermost()
        }
        return root
    }
}
