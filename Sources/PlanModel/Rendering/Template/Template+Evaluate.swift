/// One piece of an output line once conditionals are decided and placeholders filled.
enum TemplatePiece {
    /// Template text: Markdown markup applies.
    case markup(String)
    /// A filled-in value: literal text, never markup.
    case value(String)
    /// A table or list standing alone on its line.
    case block(Block)
}

extension Template {
    /// Reports unknown names and misplaced tables in every branch, taken or not: a typo in an
    /// `{{#anders}}` branch should not wait for the day that branch is used.
    func check(_ nodes: [TemplateNode], _ context: TemplateContext, into diagnostics: inout [Diagnostic]) {
        for node in nodes {
            switch node {
            case .text, .newline: break
            case .placeholder(let name, let location, let alone):
                switch context.entry(name) {
                case nil:
                    let suggestion = TemplateNames.nearest(to: name, in: context.allNames)
                    diagnostics.append(
                        TemplateMessages.unknownPlaceholder(name, suggestion: suggestion, location))
                case .table where !alone:
                    diagnostics.append(TemplateMessages.blockNotAlone(name, kind: "tabel", location))
                case .list where !alone:
                    diagnostics.append(TemplateMessages.blockNotAlone(name, kind: "lijst", location))
                default: break
                }
            case .conditional(let name, let location, let then, let otherwise):
                if context.entry(name) == nil {
                    let suggestion = TemplateNames.nearest(to: name, in: context.allNames)
                    diagnostics.append(
                        TemplateMessages.unknownCondition(name, suggestion: suggestion, location))
                }
                check(then, context, into: &diagnostics)
                check(otherwise, context, into: &diagnostics)
            }
        }
    }

    /// Appends the chosen branches to `lines` (never empty; the last element is the open line).
    func evaluate(_ nodes: [TemplateNode], _ context: TemplateContext, into lines: inout [[TemplatePiece]]) {
        for node in nodes {
            switch node {
            case .text(let text): lines[lines.count - 1].append(.markup(text))
            case .newline: lines.append([])
            case .placeholder(let name, _, let alone):
                switch context.entry(name) {
                case .value(let text): lines[lines.count - 1].append(.value(text))
                case .table(let table) where alone: lines[lines.count - 1].append(.block(.table(table)))
                case .list(let items) where alone && !items.isEmpty:
                    lines[lines.count - 1].append(.block(.bulletList(items.map(literalInlines))))
                case .table, .list: break
                case nil: lines[lines.count - 1].append(.value("{{\(name)}}"))
                }
            case .conditional(let name, _, let then, let otherwise):
                evaluate(context.isTrue(name) ? then : otherwise, context, into: &lines)
            }
        }
    }
}

/// A value as inlines: literal text, its newlines as line breaks.
private func literalInlines(_ text: String) -> [Inline] {
    var inlines: [Inline] = []
    for (index, part) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        .enumerated()
    {
        if index > 0 { inlines.append(.lineBreak) }
        if !part.isEmpty { inlines.append(.text(String(part))) }
    }
    return inlines
}
