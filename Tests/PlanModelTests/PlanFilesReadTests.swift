import Foundation
import Testing

@testable import PlanModel

/// A large file is read in two halves side by side (`PlanFiles.read`); forced here for small
/// files, the bytes must be the file's, whatever its size.
struct PlanFilesReadTests {
    @Test func readingInHalvesGivesTheFileByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 3, 4095, 4096, 4097, 100_003] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let path = folder.appendingPathComponent("plan-\(size).yaml").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try PlanFiles.read(path, inHalvesAbove: 1) == bytes, "size \(size)")
            #expect(try PlanFiles.read(path, inHalvesAbove: Int.max) == bytes, "size \(size)")
        }
    }

    /// Large enough for whole 2 MB pages in each half, which are read with huge-page advice.
    @Test func aFileWithWholeHugePagesIsReadByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let words = (0..<(9 << 17) + 3).map { _ -> UInt64 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let bytes = words.withUnsafeBytes { Array($0.dropLast(7)) }
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try PlanFiles.read(path, inHalvesAbove: 1) == bytes)
        #expect(try PlanFiles.read(path, inHalvesAbove: Int.max) == bytes)
    }

    @Test func hugePageAdviceCoversOnlyWholePagesInsideTheBlock() {
        let huge = 2 << 20
        #expect(HeapWarmup.wholeHugePages(from: huge, size: 2 * huge) == huge..<(3 * huge))
        #expect(HeapWarmup.wholeHugePages(from: huge + 1, size: 3 * huge) == (2 * huge)..<(4 * huge))
        #expect(HeapWarmup.wholeHugePages(from: huge - 1, size: huge + 1) == huge..<(2 * huge))
        #expect(HeapWarmup.wholeHugePages(from: huge - 1, size: huge) == nil)
        #expect(HeapWarmup.wholeHugePages(from: 1, size: huge) == nil)
        #expect(HeapWarmup.wholeHugePages(from: 0, size: 0) == nil)
    }

    @Test func aFolderIsRefusedWhateverTheWayOfReading() {
        #expect(throws: PlanFiles.IOError.self) {
            try PlanFiles.read(FileManager.default.temporaryDirectory.path, inHalvesAbove: 1)
        }
    }
}
