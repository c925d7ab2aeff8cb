#if canImport(Glibc)
    import Glibc
#endif

/// A very large plan that is only read is mapped instead of copied (`PlanFiles.mapAbove`): reading
/// it meant asking the kernel for fresh memory of the file's size, cleared page by page, and on
/// this virtual machine fresh memory is the slowest and most uneven part of reading a plan; a
/// mapping uses the page cache's pages as they are.
///
/// A mapping has hazards a copy has not. If another program makes the file shorter while it is
/// read, touching a page past the new end raises `SIGBUS`: `BusGuard` turns that into a Dutch
/// message naming the file and exit code 2, like any unreadable file (the command only reads, so
/// nothing is half-written). If another program rewrites the file in place while it is read, the
/// parser may see old and new bytes (as `read` could), and a text it takes over after its bytes
/// were checked as UTF-8 may no longer be well-formed. `verbeter`'s own edits replace a plan as a
/// whole (`AtomicWrite`), so a mapped plan never changes under it.
public enum MappedFile {
    /// What the message for a file cut short begins with: the CLI sets it to `verbeter NAAM`
    /// before it runs a command, as its other messages begin. Set before any plan is read.
    public nonisolated(unsafe) static var messagePrefix = "verbeter"

    /// The file's first `size` bytes, mapped read-only; nil where mapping is not possible (the
    /// caller then reads the file).
    static func map(_ fd: Int32, size: Int, path: String) -> SourceBytes? {
        #if canImport(Glibc) && os(Linux)
            guard size > 0, let slot = BusGuard.claim(path: path) else { return nil }
            guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
                BusGuard.release(slot)
                return nil
            }
            BusGuard.arm(slot, start: address, size: size)
            // The page tables filled in two halves side by side, in one call each, instead of a
            // fault per few pages while parsing.
            let half = size / 2
            _ = [Int32].concurrentlyMade(count: 2) { part in
                let populateRead: Int32 = 22  // MADV_POPULATE_READ, Linux 5.14
                return part == 0
                    ? madvise(address, half, populateRead)
                    : madvise(address + half, size - half, populateRead)
            }
            return SourceBytes(
                base: UnsafePointer(address.assumingMemoryBound(to: UInt8.self)), count: size,
                owner: Mapping(address: address, size: size, slot: slot))
        #else
            return nil
        #endif
    }
}

#if canImport(Glibc) && os(Linux)
    /// Unmaps the file with the last `SourceBytes` that reads it.
    private final class Mapping: SourceBytes.Owner {
        let address: UnsafeMutableRawPointer
        let size: Int
        let slot: Int

        init(address: UnsafeMutableRawPointer, size: Int, slot: Int) {
            self.address = address
            self.size = size
            self.slot = slot
        }

        deinit {
            munmap(address, size)
            BusGuard.release(slot)
        }
    }

    /// Which mapped file a `SIGBUS` address lies in, and the message for it, written before the
    /// mapping is used so that the signal handler only reads (it may not allocate or lock).
    enum BusGuard {
        struct Slot {
            var start: UInt = 0
            var end: UInt = 0
            var message: UnsafeMutablePointer<CChar>?
            var length = 0
            var taken = false
        }

        /// A few files are mapped at once at most (a folder is read on two threads); when every
        /// slot is taken, the next file is read instead.
        static let slotCount = 8
        nonisolated(unsafe) static let slots: UnsafeMutablePointer<Slot> = {
            let slots = UnsafeMutablePointer<Slot>.allocate(capacity: slotCount)
            slots.initialize(repeating: Slot(), count: slotCount)
            return slots
        }()
        nonisolated(unsafe) static var lock = pthread_mutex_t()
        static let installed: Void = {
            // The slots exist before the handler can run: it must not be the one to make them.
            _ = slots
            pthread_mutex_init(&lock, nil)
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { _, info, _ in
                let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
                if let (message, length) = BusGuard.message(at: address) {
                    _ = write(2, message, length)
                    _exit(2)
                }
                // Not one of our mappings: a fault of another kind, left to the default action.
                signal(SIGBUS, SIG_DFL)
            }
            action.sa_flags = SA_SIGINFO
            sigaction(SIGBUS, &action, nil)
        }()

        /// The message for a fault at `address`, when it lies in a mapped plan. Only reads (the
        /// signal handler calls it).
        static func message(at address: UInt) -> (UnsafeMutablePointer<CChar>, Int)? {
            for index in 0..<slotCount {
                let slot = slots[index]
                if slot.start <= address && address < slot.end, let message = slot.message {
                    return (message, slot.length)
                }
            }
            return nil
        }

        static func claim(path: String) -> Int? {
            installed
            let message =
                "\(MappedFile.messagePrefix): \(path): het bestand werd korter terwijl het gelezen werd (een ander "
                + "programma schreef het); er is niets gewijzigd, probeer het opnieuw\n"
            pthread_mutex_lock(&lock)
            defer { pthread_mutex_unlock(&lock) }
            guard let index = (0..<slotCount).first(where: { !slots[$0].taken }) else { return nil }
            slots[index] = Slot(message: strdup(message), length: message.utf8.count, taken: true)
            return index
        }

        static func arm(_ slot: Int, start: UnsafeMutableRawPointer, size: Int) {
            pthread_mutex_lock(&lock)
            defer { pthread_mutex_unlock(&lock) }
            slots[slot].start = UInt(bitPattern: start)
            slots[slot].end = UInt(bitPattern: start) + UInt(size)
        }

        static func release(_ slot: Int) {
            pthread_mutex_lock(&lock)
            defer { pthread_mutex_unlock(&lock) }
            slots[slot].end = 0  // first, so that the handler never matches a half-cleared slot
            free(slots[slot].message)
            slots[slot] = Slot()
        }
    }
#endif
