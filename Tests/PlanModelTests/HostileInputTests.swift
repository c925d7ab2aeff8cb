import Foundation
import Testing

@testable import PlanModel

/// Inputs nobody writes on purpose: each must load to a clear `fout` with a plausible position, or
/// load fine, and never crash or hang. The large ones are timed loosely (debug build, CPU time) to
/// catch quadratic behaviour, not to benchmark: quadratic work on these sizes takes minutes,
/// linear work a few seconds. Serialized so that the big inputs do not share the cores.
@Suite(.serialized)
struct HostileInputTests {
    func load(_ bytes: [UInt8]) -> LoadedPlan {
        LoadedPlan(source: SourceText(file: "plan.yaml", bytes: bytes))
    }

    func load(_ text: String) -> LoadedPlan { load(Array(text.utf8)) }

    func fouten(_ loaded: LoadedPlan) -> [Diagnostic] { loaded.diagnostics.filter { $0.severity == .fout } }

    /// CPU seconds this thread spends in `body`: wall time on a loaded 2-core machine says
    /// little, and quadratic work shows in CPU time just as well.
    func seconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    /// The start of a valid plan: one aandachtspunt, its `acties:` key last.
    static let header =
        "gemeente: Almelo\ntitel: Test\naandachtspunten:\n  - id: A1\n    titel: Punt\n    acties:\n"

    /// `head`, then `line` `count` times, as bytes: appending to a `String` a million times is
    /// slow in a debug build.
    func repeated(_ line: String, _ count: Int, after head: String) -> [UInt8] {
        let lineBytes = Array(line.utf8)
        var bytes = Array(head.utf8)
        bytes.reserveCapacity(bytes.count + lineBytes.count * count)
        for _ in 0..<count { bytes.append(contentsOf: lineBytes) }
        return bytes
    }

    /// `count` lines, line `n` indented `n` spaces and holding `content`.
    func staircase(_ content: String, _ count: Int) -> [UInt8] {
        let spaces = [UInt8](repeating: 0x20, count: count)
        let contentBytes = Array(content.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * count / 2 + count * contentBytes.count)
        for level in 0..<count {
            bytes.append(contentsOf: spaces[0..<level])
            bytes.append(contentsOf: contentBytes)
        }
        return bytes
    }

    func actie(_ id: String, status: String = "gepland") -> String {
        "      - id: \(id)\n        actie: Iets doen\n        status: \(status)\n"
    }

    // MARK: Nesting

    @Test func tenThousandNestedMappingsGiveOneTooDeepFout() {
        let bytes = staircase("k:\n", 10_000)
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(bytes) }
        let tooDeep = loaded!.diagnostics.filter { $0.message == SyntaxMessages.tooDeep }
        #expect(tooDeep.count == 1)
        #expect(tooDeep.first?.location.line == maximumNestingDepth + 1)
        #expect(tooDeep.first?.location.column == maximumNestingDepth + 1)
        #expect(time < 10)
    }

    @Test func tenThousandNestedSequencesOnOneLineGiveTooDeepFout() {
        let text =
            "gemeente: X\ntitel: Y\naandachtspunten:\n  " + String(repeating: "- ", count: 10_000) + "x\n"
        let loaded = load(text)
        let tooDeep = loaded.diagnostics.filter { $0.message == SyntaxMessages.tooDeep }
        #expect(tooDeep.count == 1)
        #expect(tooDeep.first?.location.line == 4)
        #expect(tooDeep.first?.severity == .fout)
    }

    @Test func tenThousandNestedSequencesOnTheirOwnLinesGiveTooDeepFout() {
        let loaded = load(staircase("-\n", 10_000))
        let tooDeep = loaded.diagnostics.filter { $0.message == SyntaxMessages.tooDeep }
        #expect(tooDeep.count == 1)
        #expect(tooDeep.first?.location.line == maximumNestingDepth + 1)
    }

    @Test func tenThousandNestedFlowBracketsAreRefusedAtTheFirst() {
        let text =
            "gemeente: " + String(repeating: "[", count: 10_000) + String(repeating: "{", count: 10_000)
            + "\n"
        let loaded = load(text)
        let flow = loaded.diagnostics.filter { $0.message == SyntaxMessages.flowSequence }
        #expect(flow.map(\.location) == [SourceLocation(file: "plan.yaml", line: 1, column: 11)])
    }

    // MARK: Long lines and keys

    @Test func tenMegabyteValueLineLoadsWithoutFout() {
        let long = String(repeating: "abcdefghij", count: 1_000_000)
        let text =
            "gemeente: Almelo\ntitel: \(long)\naandachtspunten:\n  - id: A1\n    titel: Punt\n    acties:\n"
            + actie("A1.1")
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(text) }
        #expect(fouten(loaded!).isEmpty)
        #expect(loaded!.plan?.titel?.value.utf8.count == 10_000_000)
        #expect(time < 10)
    }

    @Test func tenMegabyteKeyIsAnUnknownFieldAtLineStart() {
        let key = String(repeating: "k", count: 10_000_000)
        let text = "gemeente: Almelo\n\(key): x\n"
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(text) }
        let unknown = fouten(loaded!).filter { $0.message.hasPrefix("onbekend veld") }
        #expect(unknown.map(\.location) == [SourceLocation(file: "plan.yaml", line: 2, column: 1)])
        #expect(time < 10)
    }

    @Test func veryLongKeyNearAKnownNameStillGetsNoSuggestion() {
        let loaded = load("gemeente: Almelo\n\(String(repeating: "titel", count: 1000)): x\n")
        let unknown = fouten(loaded).filter { $0.message.hasPrefix("onbekend veld") }
        #expect(unknown.count == 1)
        #expect(unknown.first?.message.contains("bedoelde u") == false)
    }

    // MARK: Bytes that are not text

    @Test func nulByteIsAControlCharacterFoutAtItsColumn() {
        let loaded = load(Array("gemeente: a".utf8) + [0] + Array("b\ntitel: x\n".utf8))
        #expect(loaded.plan == nil)
        #expect(
            loaded.diagnostics == [
                Diagnostic(
                    .fout, SourceLocation(file: "plan.yaml", line: 1, column: 12),
                    SyntaxMessages.controlCharacter(0))
            ])
    }

    @Test func fileOfNulBytesGivesOneFoutPerLineUpToTheLimit() {
        let bytes = Array(repeating: [UInt8](repeating: 0, count: 100) + [0x0A], count: 1_000).flatMap { $0 }
        let loaded = load(bytes)
        #expect(loaded.diagnostics.count == 20)
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .fout && $0.location.column == 1 })
        #expect(loaded.diagnostics.map(\.location.line) == Array(1...20))
    }

    @Test(arguments: [
        ("overlong slash", [0xC0, 0xAF] as [UInt8]),
        ("overlong three-byte", [0xE0, 0x80, 0xAF]),
        ("surrogate high", [0xED, 0xA0, 0x80]),
        ("surrogate low", [0xED, 0xBF, 0xBF]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("lone continuation", [0x80]),
        ("invalid lead", [0xFF]),
        ("truncated two-byte", [0xC3]),
        ("truncated three-byte", [0xE2, 0x82]),
        ("truncated four-byte", [0xF0, 0x9F, 0x98]),
    ])
    func invalidUTF8IsAFoutAtItsLineAndColumn(_ name: String, _ sequence: [UInt8]) {
        // "é" before it: the column counts characters, not bytes.
        let bytes = Array("gemeente: X\ntitel: é".utf8) + sequence + Array("\n".utf8)
        let loaded = load(bytes)
        #expect(loaded.plan == nil, "\(name)")
        #expect(
            loaded.diagnostics == [
                Diagnostic(
                    .fout, SourceLocation(file: "plan.yaml", line: 2, column: 9), SyntaxMessages.invalidUTF8)
            ], "\(name)")
    }

    @Test func invalidUTF8AtTheVeryEndIsFound() {
        let loaded = load(Array("gemeente: X\n".utf8) + [0xE2, 0x82])
        #expect(loaded.diagnostics.map(\.location) == [SourceLocation(file: "plan.yaml", line: 2, column: 1)])
    }

    // MARK: Scale

    @Test func hundredThousandDuplicateIdsAreReportedInLinearTime() {
        let bytes = repeated(actie("A1.1"), 100_000, after: Self.header)
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(bytes) }
        let duplicates = fouten(loaded!).filter { $0.message.hasPrefix("dubbel id 'A1.1'") }
        #expect(duplicates.count == 99_999)
        #expect(duplicates.first?.location == SourceLocation(file: "plan.yaml", line: 10, column: 13))
        #expect(time < 10)
    }

    @Test func hundredThousandDuplicateKeysAreReportedInLinearTime() {
        let head = Self.header + "      - id: A1.1\n        actie: Iets\n        status: gepland\n"
        let bytes = repeated("        eigenaar: team\n", 100_000, after: head)
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(bytes) }
        let duplicates = fouten(loaded!).filter { $0.message.hasPrefix("dubbel veld 'eigenaar'") }
        #expect(duplicates.count == 99_999)
        #expect(time < 10)
    }

    @Test func hundredThousandUnknownReferencesAreReportedInLinearTime() {
        var bytes = Array("gemeente: Almelo\ntitel: Test\naandachtspunten:\n".utf8)
        for index in 0..<100_000 {
            bytes.append(contentsOf: Array("  - id: P\(index)\n    titel: t\n    zie: Q\(index)\n".utf8))
        }
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(bytes) }
        let unknown = fouten(loaded!).filter {
            $0.message.contains("verwijst naar een onbekend aandachtspunt")
        }
        #expect(unknown.count == 100_000)
        #expect(unknown.first?.location == SourceLocation(file: "plan.yaml", line: 6, column: 10))
        #expect(time < 10)
    }

    @Test func historieOfAMillionLinesLoadsInSeconds() {
        let head =
            Self.header
            + "      - id: A1.1\n        actie: Iets\n        status: gepland\n        historie: |\n"
        let bytes = repeated("          2017-01-01 gepland\n", 1_000_000, after: head)
        var loaded: LoadedPlan?
        let time = seconds { loaded = load(bytes) }
        #expect(fouten(loaded!).isEmpty)
        let historie = loaded!.plan?.acties.first?.actie.historie
        #expect(historie?.count == 1_000_000)
        #expect(historie?.last?.line == 1_000_010)
        #expect(time < 10)
    }

    // MARK: Tiny files

    @Test func fileOfOnlyADashIsAnEmptyListItemAndNotAPlan() {
        let loaded = load("-")
        #expect(loaded.plan == nil)
        #expect(fouten(loaded).first?.message == SyntaxMessages.emptySequenceItem)
        #expect(fouten(loaded).allSatisfy { $0.location.line == 1 && $0.location.column == 1 })
    }

    @Test func fileOfOnlyAColonIsAFout() {
        let loaded = load(":")
        #expect(!fouten(loaded).isEmpty)
        #expect(fouten(loaded).allSatisfy { $0.location.line == 1 && $0.location.column == 1 })
    }

    @Test(arguments: ["\"", "'", "\"\"", "''", "'''", "\"\"\"", "\"\\\"", "\":", "':"])
    func fileOfOnlyQuotesIsAFoutOnLineOne(_ text: String) {
        let loaded = load(text)
        #expect(!fouten(loaded).isEmpty, "\(text)")
        #expect(fouten(loaded).allSatisfy { $0.location.line == 1 }, "\(text)")
    }

    @Test func byteOrderMarkOnlyIsAnEmptyFile() {
        let loaded = load([0xEF, 0xBB, 0xBF])
        #expect(
            loaded.diagnostics == [
                Diagnostic(
                    .fout, SourceLocation(file: "plan.yaml", line: 1, column: 1), SyntaxMessages.emptyFile)
            ])
    }

    @Test func crOnlyLineEndingsAreAFoutAtTheFirstCR() {
        let loaded = load("gemeente: Almelo\rtitel: Test\raandachtspunten:\r")
        #expect(loaded.plan == nil)
        #expect(
            loaded.diagnostics == [
                Diagnostic(
                    .fout, SourceLocation(file: "plan.yaml", line: 1, column: 17),
                    SyntaxMessages.loneCarriageReturn)
            ])
    }

    @Test func crBeforeLFAndAtTheEndOfTheFileAreLineEndings() {
        let loaded = load(
            "gemeente: Almelo\r\ntitel: Test\r\naandachtspunten:\r\n  - id: A1\r\n    titel: P\r\n    zie: A1\r"
        )
        #expect(!loaded.diagnostics.contains { $0.message == SyntaxMessages.loneCarriageReturn })
        #expect(loaded.plan?.aandachtspunten.first?.zie?.value == "A1")
    }
}
