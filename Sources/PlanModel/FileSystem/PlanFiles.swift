#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading plan files and folders. `throws` is for I/O only: a missing file or a folder that
/// cannot be read, never for what is inside a plan.
public enum PlanFiles {
    public struct IOError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The whole file as bytes.
    public static func read(_ path: String) throws -> [UInt8] {
        try readSource(path, inHalvesAbove: parallelReadAbove, mapAbove: nil).array
    }

    /// `read`, with files of at least `inHalvesAbove` bytes read in two halves side by side.
    static func read(_ path: String, inHalvesAbove parallelAbove: Int) throws -> [UInt8] {
        try readSource(path, inHalvesAbove: parallelAbove, mapAbove: nil).array
    }

    /// The whole file as the bytes of a `SourceText`. With `mappedIfLarge`, for a plan that is only
    /// read, a file of `mapAbove` bytes or more is mapped instead of copied (`MappedFile`).
    public static func readSource(_ path: String, mappedIfLarge: Bool = false) throws -> SourceBytes {
        try readSource(path, inHalvesAbove: parallelReadAbove, mapAbove: mappedIfLarge ? mapAbove : nil)
    }

    static func readSource(_ path: String, inHalvesAbove parallelAbove: Int, mapAbove: Int?) throws
        -> SourceBytes
    {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IOError(path: path, reason: reasonForErrno()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOError(path: path, reason: reasonForErrno()) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw IOError(path: path, reason: "is een map, geen bestand")
        }
        let size = max(Int(info.st_size), 0)
        if let mapAbove, size >= mapAbove, (info.st_mode & S_IFMT) == S_IFREG,
            let mapped = MappedFile.map(fd, size: size, path: path)
        {
            return mapped
        }
        // Read straight into memory of the file's size (no zeroed scratch buffer, no copy); a file
        // that grows while we read is read to its end.
        let buffer = OwnedBytes(capacity: size)
        let base = buffer.pointer
        var count = 0
        // A large file is read in two halves side by side: mapping the buffer's fresh pages and
        // copying the file into them took four times as long as `cat` on one core.
        if size >= parallelAbove {
            let half = size / 2
            let done = [Int].concurrentlyMade(count: 2) { part in
                let start = part == 0 ? 0 : half
                let end = part == 0 ? half : size
                HeapWarmup.populate(base + start, end - start)
                return readFully(fd, base + start, end - start, at: start)
            }
            // Both halves whole: done. Otherwise (an error, or a file that shrank) it is read
            // again in one go, which says why it failed.
            if done[0] == half && done[1] == size - half { count = size }
        } else if size >= 1 << 20 {
            // The kernel maps a large buffer's pages in one go, not one fault per page while reading.
            HeapWarmup.populate(base, size)
        }
        if count < size { count = readFully(fd, base, size, at: 0) }
        if count < size { throw IOError(path: path, reason: reasonForErrno()) }
        // `pread` leaves the file offset alone: go on from where the bytes end.
        if size > 0 { _ = lseek(fd, off_t(size), SEEK_SET) }
        var grown: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOError(path: path, reason: reasonForErrno())
            }
            if count == 0 { break }
            grown.append(contentsOf: chunk[0..<count])
        }
        let bytes = SourceBytes(base: base, count: size, owner: buffer)
        return grown.isEmpty ? bytes : SourceBytes(bytes + grown)
    }

    /// Files from this size on are mapped when they are only read (`readSource`). Real plans are
    /// a few dozen kilobytes. Parsing the page cache's 4 KB pages is slower than parsing our own
    /// buffer in 2 MB pages (at 100 000 acties, 94 MB, mapping lost 5 ms), but copying a gigabyte
    /// into fresh memory costs more (at a million acties, 946 MB: 2.23 -> 1.94 s mapped).
    static let mapAbove = 256 << 20

    /// Files from this size on are read in two halves side by side.
    static let parallelReadAbove = 8 << 20

    /// Reads up to `count` bytes at file offset `offset` into `buffer`; fewer only at the file's
    /// end or on an error.
    static func readFully(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int, at offset: Int)
        -> Int
    {
        var done = 0
        while done < count {
            let got = pread(fd, buffer + done, count - done, off_t(offset + done))
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            done += got
        }
        return done
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Expands folders into the plan files below them (`.yaml`, `.yml`), sorted by path so that
    /// output is deterministic; files are kept as given.
    public static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            if isDirectory(path) {
                let plans = try plansBelow(path).sorted()
                if plans.isEmpty {
                    throw IOError(path: path, reason: "geen plannen (.yaml of .yml) in deze map")
                }
                result.append(contentsOf: plans)
            } else if exists(path) {
                result.append(path)
            } else {
                throw IOError(path: path, reason: "bestand of map bestaat niet")
            }
        }
        return result
    }

    static func plansBelow(_ folder: String) throws -> [String] {
        guard let dir = opendir(folder) else { throw IOError(path: folder, reason: reasonForErrno()) }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if isDirectory(path) {
                found.append(contentsOf: try plansBelow(path))
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                found.append(path)
            }
        }
        return found
    }

    static func reasonForErrno() -> String {
        switch errno {
        case ENOENT: return "bestand of map bestaat niet"
        case EACCES, EPERM: return "geen toegang (rechten)"
        case EISDIR: return "is een map, geen bestand"
        case EROFS: return "alleen-lezen bestandssysteem"
        case ENOSPC: return "schijf vol"
        default: return String(cString: strerror(errno))
        }
    }
}
