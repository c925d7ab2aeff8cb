/// A letter template (raadsbrief, reactie, collegevoorstel): a small Markdown subset with
/// `{{naam}}` placeholders and `{{#als naam}}…{{#anders}}…{{/als}}` conditionals. Parsed once,
/// rendered for any number of contexts into the neutral `Document`. See docs/TEMPLATES.md.
public struct Template: Sendable {
    public let file: String
    /// Syntax errors found while parsing (unclosed `{{`, unmatched `{{/als}}`, ...).
    public let diagnostics: [Diagnostic]
    let nodes: [TemplateNode]

    public init(parsing text: String, file: String) {
        var tokenizer = TemplateTokenizer(file: file)
        let tokens = tokenizer.tokenize(text)
        var diagnostics = tokenizer.diagnostics
        nodes = TemplateNode.tree(from: tokens, diagnostics: &diagnostics)
        self.file = file
        self.diagnostics = diagnostics
    }

    /// Fills the template. The diagnostics hold the syntax errors and the errors of this context
    /// (unknown names, misplaced tables), sorted by location; with any `fout` the document is a
    /// best effort and should not be written. Unknown placeholders stay visible as `{{naam}}`.
    ///
    /// The title is `title` when given, else the text of the first level-1 heading, else "".
    public func render(_ context: TemplateContext, title: String? = nil) -> (Document, [Diagnostic]) {
        var problems = diagnostics
        check(nodes, context, into: &problems)
        var lines: [[TemplatePiece]] = [[]]
        evaluate(nodes, context, into: &lines)
        let blocks = TemplateBlockParser.blocks(from: lines)
        let heading = blocks.lazy.compactMap { block -> String? in
            if case .heading(1, let inlines) = block { return inlines.titleText }
            return nil
        }.first
        return (Document(title: title ?? heading ?? "", blocks: blocks), problems.sortedByLocation())
    }
}

/// Parses and fills a template in one step; nil when there is any `fout`.
public func renderTemplate(_ text: String, file: String, context: TemplateContext, title: String? = nil)
    -> (Document?, [Diagnostic])
{
    let (document, diagnostics) = Template(parsing: text, file: file).render(context, title: title)
    return (diagnostics.hasFout ? nil : document, diagnostics)
}

extension [Inline] {
    /// The text without markup, for titles.
    fileprivate var titleText: String {
        map {
            switch $0 {
            case .text(let text): text
            case .bold(let inner), .italic(let inner): inner.titleText
            case .lineBreak: " "
            }
        }.joined()
    }
}
