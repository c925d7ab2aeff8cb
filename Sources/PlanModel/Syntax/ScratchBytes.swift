/// A growable byte buffer written through its pointer, for the texts the parser collects (block
/// scalars joined, an actie's texts one after the other). Appending to an `[UInt8]` checked
/// uniqueness and capacity on every line of every block scalar: 5 % of reading a large plan.
/// Owned by one parser; a copy of the parser shares it, which a parser never needs.
final class ScratchBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Room for `more` bytes beyond `count`.
    @inline(__always) func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Appends a byte; room for it must be reserved.
    @inline(__always) func appendReserved(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends bytes; room for them must be reserved.
    @inline(__always) func appendReserved(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        (base + count).initialize(from: bytes, count: length)
        count += length
    }

    /// `bytes` must not lie in this buffer: growing frees it before they are copied.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        reserve(bytes.count)
        appendReserved(start, count: bytes.count)
    }

    /// Appends the bytes of a value (a stored record).
    func appendRaw(_ raw: UnsafeRawBufferPointer) {
        guard let start = raw.baseAddress else { return }
        reserve(raw.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: start, byteCount: raw.count)
        count += raw.count
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The bytes from `start` on, valid until the next append or truncate.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Drops everything from `start` on; a buffer grown past `keep` bytes (a historie of a
    /// million lines) is given back when emptied.
    func truncate(to start: Int, keep: Int = 1 << 20) {
        count = start
        if start == 0 && capacity > keep {
            base.deallocate()
            capacity = 4096
            base = .allocate(capacity: capacity)
        }
    }

    func removeLast() {
        precondition(count > 0)
        count -= 1
    }
}
