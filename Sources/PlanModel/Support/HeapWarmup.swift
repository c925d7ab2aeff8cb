import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Maps memory for the model before it is built. On this virtual machine a page fault costs
/// about 3 µs, and building a large plan touches one fresh page per 4 KB of model: a fifth of
/// the CPU time went to faults. Each thread that builds asks for a block about the size it will
/// use, has the kernel map it in one call, and frees it; malloc then hands out those pages again.
/// `populate` also maps a large file's read buffer (`PlanFiles.read`).
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

    /// Has the kernel map the pages of a fresh block in a few calls instead of one fault per page.
    /// Does nothing where that call is unknown.
    static func populate(_ block: UnsafeMutableRawPointer, _ size: Int) {
        #if canImport(Glibc) && os(Linux)
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
        /// Large blocks from the heap, not from their own mapping, and freed memory kept.
        static let configure: Void = {
            _ = glibcMallopt(-3, 1 << 30)  // M_MMAP_THRESHOLD
            _ = glibcMallopt(-1, Int32.max)  // M_TRIM_THRESHOLD
        }()
    #endif
}

#if canImport(Glibc) && os(Linux)
    /// `mallopt` from <malloc.h>, which the Glibc module does not import.
    @_silgen_name("mallopt")
    func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
