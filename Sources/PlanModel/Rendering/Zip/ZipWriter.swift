/// A minimal ZIP writer: stored (uncompressed) entries only, which is all an ODT package needs and
/// keeps the `mimetype` entry readable at a fixed offset as ODF requires.
///
/// Every entry gets the same DOS timestamp (1980-01-01 00:00), so equal input gives equal bytes.
/// No ZIP64: entries and archives must stay below 4 GiB and 65,535 entries, far beyond any letter.
public struct ZipWriter {
    private var output: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var entryCount = 0

    public init() {}

    /// Appends one file. Entries keep the order they are added in; `path` uses "/" separators.
    public mutating func add(path: String, data: [UInt8]) {
        let name = Array(path.utf8)
        precondition(name.count <= Int(UInt16.max), "ZIP entry name too long")
        precondition(data.count < Int(UInt32.max), "ZIP entry too large without ZIP64")
        precondition(entryCount < Int(UInt16.max), "too many ZIP entries without ZIP64")
        let offset = output.count
        precondition(offset < Int(UInt32.max), "ZIP archive too large without ZIP64")

        // Bit 11 (language encoding) marks a UTF-8 name; ASCII names leave the flags at 0.
        let flags: UInt16 = name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        let crc = CRC32.checksum(data)
        let size = UInt32(data.count)

        // Local file header (APPNOTE 4.3.7): 30 bytes, then the name, no extra field.
        output.appendLittleEndian(UInt32(0x0403_4B50))
        output.appendLittleEndian(Self.versionNeeded)
        output.appendLittleEndian(flags)
        output.appendLittleEndian(UInt16(0))  // method 0: stored
        output.appendLittleEndian(Self.dosTime)
        output.appendLittleEndian(Self.dosDate)
        output.appendLittleEndian(crc)
        output.appendLittleEndian(size)  // compressed size
        output.appendLittleEndian(size)  // uncompressed size
        output.appendLittleEndian(UInt16(name.count))
        output.appendLittleEndian(UInt16(0))  // extra field length
        output.append(contentsOf: name)
        output.append(contentsOf: data)

        // Central directory file header (APPNOTE 4.3.12): 46 bytes, then the name.
        centralDirectory.appendLittleEndian(UInt32(0x0201_4B50))
        centralDirectory.appendLittleEndian(Self.versionMadeBy)
        centralDirectory.appendLittleEndian(Self.versionNeeded)
        centralDirectory.appendLittleEndian(flags)
        centralDirectory.appendLittleEndian(UInt16(0))
        centralDirectory.appendLittleEndian(Self.dosTime)
        centralDirectory.appendLittleEndian(Self.dosDate)
        centralDirectory.appendLittleEndian(crc)
        centralDirectory.appendLittleEndian(size)
        centralDirectory.appendLittleEndian(size)
        centralDirectory.appendLittleEndian(UInt16(name.count))
        centralDirectory.appendLittleEndian(UInt16(0))  // extra field length
        centralDirectory.appendLittleEndian(UInt16(0))  // comment length
        centralDirectory.appendLittleEndian(UInt16(0))  // disk number start
        centralDirectory.appendLittleEndian(UInt16(0))  // internal attributes
        centralDirectory.appendLittleEndian(UInt32(0))  // external attributes
        centralDirectory.appendLittleEndian(UInt32(offset))
        centralDirectory.append(contentsOf: name)
        entryCount += 1
    }

    /// The complete archive: entries, central directory and end of central directory record.
    public func bytes() -> [UInt8] {
        var result = output
        let directoryOffset = result.count
        precondition(directoryOffset + centralDirectory.count < Int(UInt32.max), "ZIP archive too large")
        result.append(contentsOf: centralDirectory)

        // End of central directory record (APPNOTE 4.3.16): 22 bytes, no comment.
        result.appendLittleEndian(UInt32(0x0605_4B50))
        result.appendLittleEndian(UInt16(0))  // this disk
        result.appendLittleEndian(UInt16(0))  // disk with the central directory
        result.appendLittleEndian(UInt16(entryCount))  // entries on this disk
        result.appendLittleEndian(UInt16(entryCount))  // entries in total
        result.appendLittleEndian(UInt32(centralDirectory.count))
        result.appendLittleEndian(UInt32(directoryOffset))
        result.appendLittleEndian(UInt16(0))  // comment length
        return result
    }

    /// 2.0: the baseline every reader supports (1.0 would do for stored data; 2.0 is what zip tools write).
    private static let versionNeeded: UInt16 = 20
    /// Upper byte 0 (MS-DOS attributes, so external attributes 0 mean a plain file), lower byte 2.0.
    private static let versionMadeBy: UInt16 = 20
    /// 00:00:00.
    private static let dosTime: UInt16 = 0
    /// 1980-01-01: (year - 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
}

extension [UInt8] {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        for index in 0..<(T.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: value >> (index * 8)))
        }
    }
}
