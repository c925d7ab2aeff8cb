/// Every deadline is readable and every termijn it names is defined in `termijnen`.
@Sendable func checkDeadline(_ context: ActieCheckContext, _ actie: Actie, _ result: inout [Diagnostic]) {
    // The text is made only where a message may need it: a date form is always usable.
    switch actie.deadlineForm {
    case .day?, .month?, .quarter?, .year?, .doorlopend?: break
    case .termijn(let name)? where context.termijnen[name] != nil || context.termijnNames.contains(name):
        break  // a termijn the plan defines: usable, no text needed
    case .termijn?, nil:
        if let deadline = actie.deadline,
            let message = DeadlineMessages.problem(
                deadline.value, form: actie.deadlineForm, termijnen: context.termijnen,
                names: context.termijnNames)
        {
            result.append(context.plan.diagnostic(.fout, deadline, message))
        }
    }
    // A deadline in the historie must mean something too: the past is read from it.
    guard actie.historieMovesDeadline else { return }
    actie.withHistorie { entries in
        let deadline = actie.deadline
        for entry in entries.indices where entries[entry].isDeadline {
            let text = entries.deadlineText(entries[entry])
            // Mostly the deadline the actie has now, whose form is known already.
            let form = text == deadline?.value ? actie.deadlineForm : DeadlineForm.parse(text)
            guard
                let message = DeadlineMessages.problem(
                    text, form: form, termijnen: context.termijnen, names: context.termijnNames)
            else { continue }
            result.append(
                context.plan.diagnostic(
                    .fout, line: entries[entry].line, column: entries[entry].column,
                    message + " (in de historie)"))
        }
    }
}

public enum DeadlineMessages {
    static let forms =
        "schrijf bijvoorbeeld 2017-05-31, 2017-05, 2017-Q2, 2017, 31 mei 2017, mei 2017, een termijn uit 'termijnen' of doorlopend"

    /// Why `text` is not a usable deadline in a plan with these termijnen, or nil when it is.
    public static func problem(_ text: String, termijnen: [String: Day], names: [String]) -> String? {
        problem(text, form: DeadlineForm.parse(text), termijnen: termijnen, names: names)
    }

    /// The same, for a deadline already parsed (`form` is nil when `text` is unreadable).
    static func problem(_ text: String, form: DeadlineForm?, termijnen: [String: Day], names: [String])
        -> String?
    {
        guard let form else {
            return "onleesbare deadline '\(text)'; \(forms)"
        }
        if case .termijn(let name) = form, termijnen[name] == nil, !names.contains(name) {
            // A defined termijn with an unreadable date is reported once, by checkDates.
            if let near = EditDistance.nearest(to: name, in: names) {
                return "onbekende termijn '\(name)'; bedoelde u '\(near)'?"
            }
            let known =
                names.isEmpty
                ? "dit plan heeft geen 'termijnen'"
                : "termijnen van dit plan: \(names.joined(separator: ", "))"
            return "onbekende termijn '\(name)'; \(known) (of \(forms))"
        }
        return nil
    }
}
