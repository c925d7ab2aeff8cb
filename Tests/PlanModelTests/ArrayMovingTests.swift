import Testing

@testable import PlanModel

/// Moving elements between arrays keeps every element exactly once: none copied, none freed
/// twice, none lost.
struct ArrayMovingTests {
    /// How many `Tracked` of one test are alive (each test has its own: tests run side by side).
    final class Census {
        var alive = 0
    }

    final class Tracked {
        let value: Int
        let census: Census
        init(_ value: Int, _ census: Census) {
            self.value = value
            self.census = census
            census.alive += 1
        }
        deinit { census.alive -= 1 }
    }

    @Test func joiningMovesEveryElementOnceInOrder() {
        let census = Census()
        do {
            var parts = [[1, 2, 3], [], [4], [5, 6]].map { $0.map { Optional(Tracked($0, census)) } }
            let joined = [Tracked?].joinedByMoving(&parts, placeholder: nil)
            #expect(joined.map { $0?.value } == [1, 2, 3, 4, 5, 6])
            #expect(parts.allSatisfy { $0.allSatisfy { $0 == nil } })
            #expect(parts.map(\.count) == [3, 0, 1, 2])
            #expect(census.alive == 6)
        }
        #expect(census.alive == 0)
    }

    @Test func movingOutTakesTheNamedElementsInTheirOrder() {
        let census = Census()
        do {
            var rows = (0..<6).map { Optional(Tracked($0, census)) }
            let taken = rows.moveOut(at: [4, 0, 5], placeholder: nil)
            #expect(taken.map { $0?.value } == [4, 0, 5])
            #expect(rows.map { $0?.value } == [nil, 1, 2, 3, nil, nil])
            #expect(census.alive == 6)
        }
        #expect(census.alive == 0)
    }

    @Test func aSharedArrayIsCopiedBeforeItsElementsAreMoved() {
        let census = Census()
        var rows = [Tracked(1, census), Tracked(2, census)].map(Optional.init)
        let kept = rows
        let taken = rows.moveOut(at: [1], placeholder: nil)
        #expect(taken.map { $0?.value } == [2])
        #expect(kept.map { $0?.value } == [1, 2])
        #expect(rows.map { $0?.value } == [1, nil])
    }

    @Test func joiningInTheFirstPartUsesItsRoomWhenItHasEnough() {
        let census = Census()
        do {
            var first = [1, 2].map { Optional(Tracked($0, census)) }
            first.reserveCapacity(10)
            let room = first.withUnsafeBufferPointer(\.baseAddress)
            var parts = [
                first, [3, 4, 5].map { Optional(Tracked($0, census)) }, [],
                [6].map { Optional(Tracked($0, census)) },
            ]
            first = []
            let joined = [Tracked?].joinedInFirst(&parts, placeholder: nil)
            #expect(joined.map { $0?.value } == [1, 2, 3, 4, 5, 6])
            #expect(joined.withUnsafeBufferPointer(\.baseAddress) == room)
            #expect(parts.dropFirst().allSatisfy { $0.allSatisfy { $0 == nil } })
            #expect(census.alive == 6)
        }
        #expect(census.alive == 0)
    }

    @Test func joiningInTheFirstPartWithoutRoomMakesANewList() {
        let census = Census()
        do {
            var parts = [[1, 2], [3], [4, 5]].map { $0.map { Optional(Tracked($0, census)) } }
            parts[0] = Array(parts[0])  // no spare room asked for
            let joined = [Tracked?].joinedInFirst(&parts, placeholder: nil)
            #expect(joined.map { $0?.value } == [1, 2, 3, 4, 5])
            #expect(census.alive == 5)
            #expect([Tracked?].joinedInFirst(&parts, placeholder: nil).allSatisfy { $0 == nil })
        }
        #expect(census.alive == 0)
        var none: [[Int]] = []
        #expect([Int].joinedInFirst(&none, placeholder: 0).isEmpty)
    }

    @Test func appendingByMovingLeavesPlaceholdersBehind() {
        let census = Census()
        do {
            var mine = [Optional(Tracked(1, census))]
            var other = [2, 3].map { Optional(Tracked($0, census)) }
            mine.appendByMoving(&other, placeholder: nil)
            #expect(mine.map { $0?.value } == [1, 2, 3])
            #expect(other.count == 2 && other.allSatisfy { $0 == nil })
            #expect(census.alive == 3)
        }
        #expect(census.alive == 0)
    }

    @Test func arrangingFollowsEveryPermutationInPlace() {
        let census = Census()
        do {
            var generator = SystemRandomNumberGenerator()
            for count in [0, 1, 2, 3, 7, 100] {
                for _ in 0..<20 {
                    var rows = (0..<count).map { Optional(Tracked($0, census)) }
                    let room = rows.withUnsafeBufferPointer(\.baseAddress)
                    let order = Array(0..<count).shuffled(using: &generator)
                    rows.arrange(in: order)
                    #expect(rows.map { $0?.value } == order)
                    #expect(rows.withUnsafeBufferPointer(\.baseAddress) == room)
                    #expect(census.alive == count)
                }
            }
        }
        #expect(census.alive == 0)
    }
}
