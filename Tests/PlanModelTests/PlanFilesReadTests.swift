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

    @Test func aFolderIsRefusedWhateverTheWayOfReading() {
        #expect(throws: PlanFiles.IOError.self) {
            try PlanFiles.read(FileManager.default.temporaryDirectory.path, inHalvesAbove: 1)
        }
    }
}
