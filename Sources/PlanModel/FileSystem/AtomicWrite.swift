#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing a whole file so that readers see the old file or the new one, never half of it: write a
/// temporary file in the same folder, fsync it, then rename it over the target.
public enum AtomicWrite {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno()) }
        let temporary = String(cString: template)
        do {
            try writeAll(fd, bytes, path: path)
            // mkstemp creates 0600; a document is an ordinary file (0644 minus the umask).
            let mask = umask(0)
            umask(mask)
            _ = fchmod(fd, 0o666 & ~mask)
            guard fsync(fd) == 0 else {
                throw PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
            }
            guard close(fd) == 0 else {
                unlink(temporary)
                throw PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
                }
                offset += written
            }
        }
    }
}
