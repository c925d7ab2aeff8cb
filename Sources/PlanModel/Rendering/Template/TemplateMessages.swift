/// The Dutch diagnostics of the template language, in one place so they read alike.
enum TemplateMessages {
    static func unclosedTag(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "'{{' wordt op deze regel niet afgesloten met '}}'")
    }

    static func emptyTag(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "lege plaatshouder '{{}}'")
    }

    static func invalidName(_ inner: String, _ at: SourceLocation) -> Diagnostic {
        Diagnostic(
            .fout, at,
            "ongeldige plaatshouder '{{\(inner)}}'; een naam bestaat uit letters, cijfers, '-', '_' en '.'")
    }

    static func unknownDirective(_ inner: String, _ at: SourceLocation) -> Diagnostic {
        Diagnostic(
            .fout, at,
            "onbekende opdracht '{{\(inner)}}'; gebruik '{{#als naam}}', '{{#anders}}' of '{{/als}}'")
    }

    static func conditionWithoutName(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "'{{#als}}' zonder naam; schrijf bijvoorbeeld '{{#als achterstallig}}'")
    }

    static func closeWithoutOpen(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "'{{/als}}' zonder bijbehorende '{{#als …}}'")
    }

    static func otherwiseWithoutOpen(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "'{{#anders}}' buiten een '{{#als …}}'")
    }

    static func secondOtherwise(_ name: String, _ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "tweede '{{#anders}}' binnen '{{#als \(name)}}'")
    }

    static func unclosedCondition(_ name: String, _ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "'{{#als \(name)}}' wordt niet afgesloten met '{{/als}}'")
    }

    static func unknownPlaceholder(_ name: String, suggestion: String?, _ at: SourceLocation) -> Diagnostic {
        let hint = suggestion.map { "; bedoelde u '{{\($0)}}'?" } ?? ""
        return Diagnostic(.fout, at, "onbekende plaatshouder '{{\(name)}}'\(hint)")
    }

    static func unknownCondition(_ name: String, suggestion: String?, _ at: SourceLocation) -> Diagnostic {
        let hint = suggestion.map { "; bedoelde u '{{#als \($0)}}'?" } ?? ""
        return Diagnostic(.fout, at, "onbekende naam in '{{#als \(name)}}'\(hint)")
    }

    static func blockNotAlone(_ name: String, kind: String, _ at: SourceLocation) -> Diagnostic {
        Diagnostic(.fout, at, "\(kind) '{{\(name)}}' moet alleen op een eigen regel staan")
    }
}
