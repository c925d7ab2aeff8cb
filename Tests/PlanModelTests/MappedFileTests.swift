import Foundation
import Testing

@testable import PlanModel

/// A very large plan that is only read is mapped, not copied (forced here for small files with
/// `mapAbove: 1`): the same bytes, the same plan, and safe against the ways the file can change.
struct MappedFileTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "verbeter-mapped-\(UUID().uuidString).yaml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [1, 4_095, 4_096, 9 << 20])
    func aMappedFileHasTheFilesBytes(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try PlanFiles.readSource(path, inHalvesAbove: 8 << 20, mapAbove: 1)
        #expect(mapped.owner is OwnedBytes == false, "read, not mapped")
        #expect(mapped.array == bytes)
    }

    @Test func aMappedPlanReadsAsTheCopiedOne() throws {
        let text = SplitBuildTests.plan(punten: 400) + "opdrachtgever: afdelingsmanager\n"
        let path = try file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try PlanFiles.readSource(path, inHalvesAbove: 8 << 20, mapAbove: 1)
        let fromMap = LoadedPlan(source: SourceText(file: path, bytes: mapped), keepTree: false)
        let fromCopy = LoadedPlan(source: SourceText(file: path, text: text), keepTree: false)
        #expect(fromMap.plan != nil)
        #expect(fromMap.plan == fromCopy.plan)
        #expect(fromMap.diagnostics == fromCopy.diagnostics)
    }

    @Test func anEditThatReplacesThePlanLeavesAMappedReaderItsBytes() throws {
        let old = Array("gemeente: Oud\n".utf8)
        let path = try file(old)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try PlanFiles.readSource(path, inHalvesAbove: 8 << 20, mapAbove: 1)
        try AtomicWrite.write(Array("gemeente: Nieuw, en langer dan eerst\n".utf8), to: path)
        #expect(mapped.array == old)
    }

    @Test func aFaultInAMappedPlanIsNamedAndOnlyWhileItIsMapped() throws {
        let path = try file(Array(repeating: 0x61, count: 10_000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var address: UInt = 0
        do {
            let mapped = try PlanFiles.readSource(path, inHalvesAbove: 8 << 20, mapAbove: 1)
            address = mapped.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            let (message, length) = try #require(BusGuard.message(at: address + 9_999))
            let text = String(decoding: UnsafeRawBufferPointer(start: message, count: length), as: UTF8.self)
            #expect(text.hasPrefix("verbeter: \(path): het bestand werd korter terwijl het gelezen werd"))
            #expect(BusGuard.message(at: address + 10_000) == nil)
            #expect(BusGuard.message(at: address - 1) == nil)
        }
        #expect(BusGuard.message(at: address) == nil, "still named after it was unmapped")
    }
}
