#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing a whole file so that readers see the old file or the new one, never half of it: write a
/// temporary file in the same folder, fsync it, then rename it over the target. Temporary files
/// are named `.NAAM.verbeter-tmp-PID`, so a leftover of an interrupted run is recognisable.
public enum AtomicWrite {
    public static let temporaryMarker = ".verbeter-tmp-"

    /// Writes a document or a new plan: an ordinary file (0666 minus the umask).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let mask = umask(0)
        umask(mask)
        try replace(path, with: bytes, mode: 0o666 & ~mask)
    }

    /// Replaces `path` with `bytes` through a temporary file created with `mode`. `beforeRename`
    /// runs when the new file is safely on disk and may throw to leave `path` as it was.
    static func replace(
        _ path: String, with bytes: [UInt8], mode: mode_t, beforeRename: () throws -> Void = {}
    ) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + "." + name + temporaryMarker + String(getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno()) }
        do {
            try writeAll(fd, bytes, path: path)
            // open() applied the umask; the file gets exactly `mode` (a plan keeps its permissions).
            guard fchmod(fd, mode) == 0, fsync(fd) == 0 else {
                throw PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else {
            let error = PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
            unlink(temporary)
            throw error
        }
        do {
            try beforeRename()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = PlanFiles.IOError(path: path, reason: PlanFiles.reasonForErrno())
            unlink(temporary)
            throw error
        }
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
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
