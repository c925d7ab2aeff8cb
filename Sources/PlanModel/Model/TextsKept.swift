/// Which texts a load keeps. A list shows an actie's id, text, eigenaar, status and deadline and
/// never its other texts; a list load keeps every field where it stands but leaves the texts it
/// never shows empty, about two fifths of a large plan's memory.
public enum TextsKept: Sendable {
    case all
    /// An actie's doel, implementatie, borging, kosten and bron and an aandachtspunt's titel,
    /// bevinding, risico and uitwerking are empty where they are given (absent where they are not),
    /// and historie lines have no toelichting. Only the direct reader leaves texts out: an item
    /// it declines is read whole by the tree reader.
    case shownInLists

    /// Whether a load keeps the text of this actie field.
    func keeps(_ text: ActieText) -> Bool {
        switch (self, text) {
        case (.all, _): true
        case (.shownInLists, .id), (.shownInLists, .actie), (.shownInLists, .eigenaar),
            (.shownInLists, .deadline), (.shownInLists, .status):
            true
        case (.shownInLists, .doel), (.shownInLists, .implementatie), (.shownInLists, .borging),
            (.shownInLists, .kosten), (.shownInLists, .bron):
            false
        }
    }

    /// Whether a load keeps the text of this aandachtspunt field (ids and `zie` are checked).
    func keeps(_ field: AandachtspuntField) -> Bool {
        switch (self, field) {
        case (.all, _), (_, .id), (_, .zie), (_, .acties): true
        case (.shownInLists, .titel), (.shownInLists, .bevinding), (.shownInLists, .risico),
            (.shownInLists, .uitwerking):
            false
        }
    }
}
