#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file as it was in a git revision (`git show REVISIE:pad`), for comparing a plan with an
/// earlier version of itself. Spawns `git` with posix_spawn; `throws` only for what went wrong
/// outside the plan: git missing, an unknown revision or path.
public enum GitShow {
    public struct Failure: Error, CustomStringConvertible {
        /// What git said (its first line of standard error), or why git could not run.
        public var reason: String
        public var description: String { reason }
    }

    /// The bytes of `path` in `revision`, in the repository of the current directory.
    public static func read(revision: String, path: String) throws -> [UInt8] {
        let (status, output, errors) = try run(["git", "show", "\(revision):\(path)"])
        guard status == 0 else {
            let message =
                String(decoding: errors, as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? "git show gaf afsluitcode \(status)"
            throw Failure(reason: message)
        }
        return output
    }

    /// Runs a program found on PATH and returns its exit status, standard output and standard error.
    static func run(_ arguments: [String]) throws -> (Int32, [UInt8], [UInt8]) {
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { throw Failure(reason: "kan geen pijp openen") }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0])
            close(outPipe[1])
            throw Failure(reason: "kan geen pijp openen")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }

        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ)
        close(outPipe[1])
        close(errPipe[1])
        defer {
            close(outPipe[0])
            close(errPipe[0])
        }
        guard spawned == 0 else {
            throw Failure(
                reason: spawned == ENOENT
                    ? "git is niet gevonden (staat het in PATH?)" : "kan git niet starten")
        }
        let (output, errors) = drain(outPipe[0], errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitCode, output, errors)
    }

    /// Reads both pipes until both are closed, with poll so that a full stderr cannot block stdout.
    static func drain(_ out: Int32, _ err: Int32) -> ([UInt8], [UInt8]) {
        var buffers: [[UInt8]] = [[], []]
        var fds = [
            pollfd(fd: out, events: Int16(POLLIN), revents: 0),
            pollfd(fd: err, events: Int16(POLLIN), revents: 0),
        ]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while fds.contains(where: { $0.fd >= 0 }) {
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes {
                    Glibc.read(fds[index].fd, $0.baseAddress, $0.count)
                }
                if count > 0 {
                    buffers[index].append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR {
                    fds[index].fd = -1
                }
            }
        }
        return (buffers[0], buffers[1])
    }
}
