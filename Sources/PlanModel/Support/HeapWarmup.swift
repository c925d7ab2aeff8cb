import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Maps memory for the model before it is built. On this virtual machine a page fault costs
/// about 3 µs, and building a large plan touches one fresh page per 4 KB of model: a fifth of
/// the CPU time went to faults. Each thread that builds asks for a block about the size it will
/// use, has the kernel map it in one call, and frees it; malloc then hands out those pages again.
/// `populate` also maps a large file's read buffer (`PlanFiles.readSource`).
enum HeapWarmup {
    /// Called once per thread, with about the bytes of model this thread will allocate.
    static func prepare(bytes: Int) {
        #if canImport(Glibc) && os(Linux)
            guard bytes >= 1 << 20 else { return }
            configure
            // No more than one thread heap's worth: beyond that glibc spreads the blocks over new
            // heaps, and at a million acties warming up cost more CPU time than the faults it saved.
            let bytes = min(bytes, 60 << 20)
            // Blocks below the size a thread's heap can hold (64 MB), so that they come from it.
            var remaining = bytes
            var blocks: [UnsafeMutableRawPointer] = []
            while remaining > 0 {
                let size = min(remaining, 32 << 20)
                guard let block = malloc(size) else { break }
                populate(block, size)
                blocks.append(block)
                remaining -= size
            }
            for block in blocks { free(block) }
        #endif
    }

    /// Asks for 2 MB pages on the next `bytes` of the calling thread's heap, without mapping them:
    /// a block is allocated, advised and freed, and the heap's later allocations reuse it.
    static func adviseAhead(bytes: Int) {
        #if canImport(Glibc) && os(Linux)
            configure
            guard let block = malloc(bytes) else { return }
            adviseHugePages(block, bytes)
            free(block)
        #endif
    }

    /// Has the kernel map the pages of a fresh block in a few calls instead of one fault per page,
    /// in 2 MB pages where it can. Does nothing where those calls are unknown.
    static func populate(_ block: UnsafeMutableRawPointer, _ size: Int) {
        #if canImport(Glibc) && os(Linux)
            adviseHugePages(block, size)
            let page = 4096
            let start = (Int(bitPattern: block) + page - 1) / page * page
            let end = (Int(bitPattern: block) + size) / page * page
            let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE, Linux 5.14
            // In pieces: the call holds the process's memory-map lock, and another thread must
            // be able to set up its own heap meanwhile.
            let piece = 2 << 20
            for from in stride(from: start, to: end, by: piece) {
                _ = madvise(UnsafeMutableRawPointer(bitPattern: from), min(piece, end - from), populateWrite)
            }
        #endif
    }

    #if canImport(Glibc) && os(Linux)
        /// Asks for transparent huge pages (2 MB) on the whole 2 MB pages inside a block. Most
        /// systems give them only where asked (`enabled` is `madvise`). A million acties need
        /// 2.3 GB: in 4 KB pages that was 660 000 faults, each clearing and mapping one page, and
        /// their system time grew faster than the plan. A page is still cleared, but mapped in one
        /// step per 2 MB, and the model's later passes miss the TLB less.
        static func adviseHugePages(_ block: UnsafeMutableRawPointer, _ size: Int) {
            guard let pages = wholeHugePages(from: Int(bitPattern: block), size: size) else { return }
            let hugePage: Int32 = 14  // MADV_HUGEPAGE
            _ = madvise(UnsafeMutableRawPointer(bitPattern: pages.lowerBound), pages.count, hugePage)
        }

        /// Large blocks from the heap, not from their own mapping, and freed memory kept. Heaps
        /// grow in 64 MB steps (`M_TOP_PAD`): by default the main heap grew by 128 KB per `brk`
        /// and a worker thread's heap by what one allocation needed, one `mprotect` each, so a
        /// million acties made 3 976 `brk` and 130 155 `mprotect` calls (17 and 1 039 now) and
        /// took 2.6 s against 1.9 s. The steps reserve address space; pages are still only
        /// used when touched, so peak memory does not change.
        static let configure: Void = {
            _ = glibcMallopt(-3, 1 << 30)  // M_MMAP_THRESHOLD
            _ = glibcMallopt(-1, Int32.max)  // M_TRIM_THRESHOLD
            _ = glibcMallopt(-2, 64 << 20)  // M_TOP_PAD
        }()
    #endif

    /// The addresses of the whole 2 MB pages inside `size` bytes from `address`; nil when there
    /// are none (advice on a partial page would cover memory the block does not own).
    static func wholeHugePages(from address: Int, size: Int) -> Range<Int>? {
        let huge = 2 << 20
        let start = (address + huge - 1) / huge * huge
        let end = (address + size) / huge * huge
        return end > start ? start..<end : nil
    }
}

#if canImport(Glibc) && os(Linux)
    /// `mallopt` from <malloc.h>, which the Glibc module does not import.
    @_silgen_name("mallopt")
    func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
