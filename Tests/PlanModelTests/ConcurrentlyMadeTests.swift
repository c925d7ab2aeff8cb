import Testing

@testable import PlanModel

/// Elements made side by side come back complete and in index order.
struct ConcurrentlyMadeTests {
    @Test(arguments: [0, 1, 2, 5, 1000])
    func elementsAreInIndexOrder(count: Int) {
        let made = [String].concurrentlyMade(count: count) { index in
            String(repeating: "x", count: index % 40) + "\(index)"
        }
        #expect(made == (0..<count).map { String(repeating: "x", count: $0 % 40) + "\($0)" })
    }
}
