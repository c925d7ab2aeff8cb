import Foundation
import Testing

@testable import PlanModel

@Test func crc32MatchesKnownVectors() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
}

@Test func zipEntriesReadBackWithSizesAndChecksums() throws {
    var zip = ZipWriter()
    zip.add(path: "mimetype", data: Array("application/vnd.oasis.opendocument.text".utf8))
    zip.add(path: "map/leeg.txt", data: [])
    zip.add(path: "data.bin", data: (0...255).map { UInt8($0) })
    let archive = try TestZipReader(zip.bytes())

    #expect(archive.entries.map(\.name) == ["mimetype", "map/leeg.txt", "data.bin"])
    #expect(archive.entries[1].data == [])
    #expect(archive.entries[2].data == (0...255).map { UInt8($0) })
    for entry in archive.entries {
        #expect(entry.method == 0)
        #expect(entry.crc == CRC32.checksum(entry.data))
    }
}

@Test func firstEntryStartsAtOffsetZeroWithContentAtOffset38() throws {
    var zip = ZipWriter()
    zip.add(path: "mimetype", data: Array("application/vnd.oasis.opendocument.text".utf8))
    zip.add(path: "content.xml", data: Array("<x/>".utf8))
    let bytes = zip.bytes()
    let archive = try TestZipReader(bytes)

    #expect(archive.entries[0].localHeaderOffset == 0)
    #expect(archive.entries[0].extraLength == 0)
    #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
    #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
    #expect(String(decoding: bytes[38..<77], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
}

@Test func nonASCIINamesCarryTheUTF8Flag() throws {
    var zip = ZipWriter()
    zip.add(path: "plan.txt", data: [1])
    zip.add(path: "reactie-inspectie-één.txt", data: [2])
    let archive = try TestZipReader(zip.bytes())

    #expect(archive.entries[0].flags & 0x0800 == 0)
    #expect(archive.entries[1].flags & 0x0800 != 0)
    #expect(archive.entries[1].name == "reactie-inspectie-één.txt")
}

@Test func zipBytesAreDeterministicWithFixedTimestamp() throws {
    func make() -> [UInt8] {
        var zip = ZipWriter()
        zip.add(path: "a.txt", data: Array("een".utf8))
        zip.add(path: "b.txt", data: Array("twee".utf8))
        return zip.bytes()
    }
    let bytes = make()
    #expect(bytes == make())
    // Local header: time at offset 10, date at offset 12 (1980-01-01 = 0x0021).
    #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])
}

@Test func pythonZipfileFindsNoErrors() throws {
    var zip = ZipWriter()
    zip.add(path: "mimetype", data: Array("application/vnd.oasis.opendocument.text".utf8))
    zip.add(path: "é/ü.xml", data: Array("<a>ü</a>".utf8))
    zip.add(path: "leeg", data: [])
    let output = try runPython(
        """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        print(z.testzip(), [(i.filename, i.compress_type, i.file_size) for i in z.infolist()])
        """, file: zip.bytes())
    #expect(output == "None [('mimetype', 0, 39), ('é/ü.xml', 0, 9), ('leeg', 0, 0)]\n")
}

// MARK: - Test support, shared with ODTRendererTests

/// A small ZIP reader that trusts nothing: it finds the end record, walks the central directory
/// and checks each local header against it.
struct TestZipReader {
    struct Entry {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc: UInt32
        var localHeaderOffset: Int
        var extraLength: Int
        var data: [UInt8]
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    var entries: [Entry] = []

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { throw Malformed(description: "no end record") }
        let count = u16(end + 10)
        guard u16(end + 8) == count else { throw Malformed(description: "disk entry count differs") }
        let directorySize = u32(end + 12)
        var position = u32(end + 16)
        guard position + directorySize == end else { throw Malformed(description: "directory size") }

        for _ in 0..<count {
            guard u32(position) == 0x0201_4B50 else { throw Malformed(description: "directory signature") }
            let flags = UInt16(u16(position + 8))
            let method = UInt16(u16(position + 10))
            let crc = UInt32(u32(position + 16))
            let compressed = u32(position + 20)
            let uncompressed = u32(position + 24)
            let nameLength = u16(position + 28)
            let extraLength = u16(position + 30)
            let commentLength = u16(position + 32)
            let offset = u32(position + 42)
            let name = Array(bytes[(position + 46)..<(position + 46 + nameLength)])
            position += 46 + nameLength + extraLength + commentLength

            guard u32(offset) == 0x0403_4B50 else { throw Malformed(description: "local signature") }
            guard u16(offset + 6) == Int(flags), u16(offset + 8) == Int(method),
                UInt32(u32(offset + 14)) == crc, u32(offset + 18) == compressed,
                u32(offset + 22) == uncompressed, u16(offset + 26) == nameLength,
                Array(bytes[(offset + 30)..<(offset + 30 + nameLength)]) == name
            else { throw Malformed(description: "local header differs from directory") }
            guard compressed == uncompressed else { throw Malformed(description: "compressed entry") }
            let localExtra = u16(offset + 28)
            let start = offset + 30 + nameLength + localExtra
            entries.append(
                Entry(
                    name: String(decoding: name, as: UTF8.self), flags: flags, method: method, crc: crc,
                    localHeaderOffset: offset, extraLength: localExtra,
                    data: Array(bytes[start..<(start + compressed)])))
        }
        guard position == end else { throw Malformed(description: "directory ends early") }
    }

    func data(_ name: String) -> [UInt8]? { entries.first { $0.name == name }?.data }
}

/// Runs a Python 3 script with the given bytes written to a temporary file passed as `argv[1]`;
/// returns its standard output. Fails if the script exits non-zero.
func runPython(_ script: String, file: [UInt8]) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbeter-\(UUID().uuidString)")
    try Data(file).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script, url.path]
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONIOENCODING"] = "utf-8"
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw TestZipReader.Malformed(
            description: "python3 failed: " + String(decoding: errData, as: UTF8.self))
    }
    return String(decoding: outData, as: UTF8.self)
}
