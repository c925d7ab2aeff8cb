/// Edit distance over Unicode scalars (optimal string alignment: insert, delete, substitute, and
/// swap two neighbours, the commonest typo), for "bedoelde u …?" suggestions.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `word`, if it is near enough to be what was meant: at most a third
    /// of the word's length away (at least 1, at most 3 edits). Ties go to the earlier candidate.
    public static func nearest<C: Collection>(to word: String, in candidates: C) -> String?
    where C.Element == String {
        let length = word.unicodeScalars.count
        let limit = max(1, min(3, length / 3))
        let lowered = word.lowercased()
        var best: (String, Int)?
        // The distance is at least the difference in length: skipping those keeps a 10 MB key
        // from costing 10 MB × the candidate's length per candidate.
        for candidate in candidates where abs(candidate.unicodeScalars.count - length) <= limit {
            let d = distance(lowered, candidate.lowercased())
            if d <= limit && (best == nil || d < best!.1) { best = (candidate, d) }
        }
        return best?.0
    }
}
