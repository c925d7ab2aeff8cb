import Testing

@testable import PlanModel

struct EditDistanceTests {
    @Test(arguments: [
        ("lijst", "lijst", 0), ("lijts", "lijst", 1), ("--pre", "--per", 1), ("eigenaaar", "eigenaar", 1),
        ("gerealseerd", "gerealiseerd", 1), ("", "abc", 3), ("kitten", "sitting", 3),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
    }

    @Test func nearestSuggestsOnlyCloseCandidates() {
        #expect(EditDistance.nearest(to: "lijts", in: ["check", "lijst", "status"]) == "lijst")
        #expect(EditDistance.nearest(to: "xyz", in: ["check", "lijst", "status"]) == nil)
    }
}
