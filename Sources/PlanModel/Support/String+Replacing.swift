extension String {
    /// Replaces every occurrence of `target` (FoundationEssentials-free, Character-wise).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}

extension Substring {
    /// The first range where `target` occurs, comparing Characters.
    func range(of target: String) -> Range<Index>? {
        let needle = Array(target)
        guard let first = needle.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == first {
                var i = index
                var j = 0
                while j < needle.count && i < endIndex && self[i] == needle[j] {
                    i = self.index(after: i)
                    j += 1
                }
                if j == needle.count { return index..<i }
            }
            index = self.index(after: index)
        }
        return nil
    }
}
