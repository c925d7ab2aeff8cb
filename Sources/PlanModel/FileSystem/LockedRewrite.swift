#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The read-modify-write of a plan under an advisory lock (`flock`), written atomically: a
/// temporary file in the same folder, flushed, renamed over the plan. An interrupted run leaves the
/// old file or the new one, never half of one; concurrent edits of one plan queue up and all survive.
/// A symlinked plan is edited at its target; the file keeps its permissions.
public enum LockedRewrite {
    public struct Failure: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }

    /// Runs `transform` on the plan's current bytes while holding the lock, and writes its result.
    /// `transform` returns nil to leave the file as it is (for example when the plan has a fout).
    public static func rewrite(_ path: String, _ transform: ([UInt8]) -> Result<[UInt8]?, Failure>)
        -> Result<Bool, Failure>
    {
        guard let target = resolve(path) else {
            return .failure(Failure(message: "\(path): bestand bestaat niet"))
        }
        let (folder, name) = split(target)
        var info = stat()
        guard stat(target, &info) == 0 else {
            return .failure(Failure(message: "\(path): \(PlanFiles.reasonForErrno())"))
        }
        if info.st_mode & 0o222 == 0 {
            return .failure(Failure(message: "\(path): het plan is alleen-lezen; er is niets gewijzigd"))
        }
        var folderInfo = stat()
        if stat(folder, &folderInfo) == 0, folderInfo.st_mode & 0o222 == 0 {
            return .failure(
                Failure(message: "\(path): de map \(folder) is alleen-lezen; er is niets gewijzigd"))
        }

        // Lock, then make sure the path still names the locked file (an earlier editor may have
        // renamed a new version over it while we waited).
        var fd: Int32 = -1
        while true {
            fd = open(target, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return .failure(Failure(message: "\(path): \(PlanFiles.reasonForErrno())")) }
            while flock(fd, LOCK_EX) != 0 {
                if errno != EINTR {
                    close(fd)
                    return .failure(Failure(message: "\(path): kan het plan niet vergrendelen"))
                }
            }
            var locked = stat()
            var current = stat()
            if fstat(fd, &locked) == 0, stat(target, &current) == 0, locked.st_ino == current.st_ino,
                locked.st_dev == current.st_dev
            {
                info = locked
                break
            }
            close(fd)
        }
        defer { close(fd) }
        removeLeftovers(folder: folder, name: name)

        let original: [UInt8]
        do { original = try PlanFiles.read(target) } catch {
            return .failure(Failure(message: "\(error)"))
        }
        let result: [UInt8]
        switch transform(original) {
        case .failure(let failure): return .failure(failure)
        case .success(nil): return .success(false)
        case .success(let bytes?): result = bytes
        }
        if result == original { return .success(false) }

        struct ChangedOnDisk: Error {}
        do {
            try AtomicWrite.replace(target, with: result, mode: info.st_mode & 0o7777) {
                // Someone outside verbeter (an editor) may have changed the file since we read it.
                if let now = try? PlanFiles.read(target), now != original { throw ChangedOnDisk() }
            }
        } catch is ChangedOnDisk {
            return .failure(
                Failure(
                    message:
                        "\(path): het plan is gewijzigd sinds het werd gelezen; er is niets geschreven, probeer het opnieuw"
                ))
        } catch let error as PlanFiles.IOError {
            return .failure(
                Failure(message: "\(path): schrijven mislukt (\(error.reason)); er is niets gewijzigd"))
        } catch {
            return .failure(Failure(message: "\(path): schrijven mislukt (\(error)); er is niets gewijzigd"))
        }
        return .success(true)
    }

    /// The real path of the plan (following symlinks), or nil if it does not exist.
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// Removes temporary files an interrupted edit of this plan left behind. Called under the lock,
    /// so no other verbeter is writing one at this moment.
    static func removeLeftovers(folder: String, name: String) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let prefix = "." + name + AtomicWrite.temporaryMarker
        var stale: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if entryName.hasPrefix(prefix) { stale.append(folder + "/" + entryName) }
        }
        for file in stale { unlink(file) }
    }
}
