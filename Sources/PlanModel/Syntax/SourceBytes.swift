/// The bytes of one plan file, wherever they are kept: in memory of our own (a file read, a text
/// made in a test) or in a read-only mapping of the file (`PlanFiles.readSource`, for a large plan
/// that is only read). Immutable; a copy shares the bytes, and the last copy lets them go.
public struct SourceBytes: RandomAccessCollection, @unchecked Sendable {
    /// Keeps the bytes alive and gives them back (frees or unmaps them) when it goes.
    class Owner {}

    let base: UnsafePointer<UInt8>
    public let count: Int
    let owner: Owner

    /// Bytes that `owner` keeps at `base`. Never written while any copy of this value lives.
    init(base: UnsafePointer<UInt8>, count: Int, owner: Owner) {
        self.base = base
        self.count = count
        self.owner = owner
    }

    /// A copy of `bytes` in memory of its own.
    public init(_ bytes: some Collection<UInt8>) {
        let buffer = OwnedBytes(capacity: bytes.count)
        _ = UnsafeMutableBufferPointer(start: buffer.pointer, count: bytes.count).initialize(from: bytes)
        self.init(base: buffer.pointer, count: bytes.count, owner: buffer)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always) public subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "index buiten het bestand")
        return base[index]
    }

    public func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    /// The bytes as an array of their own (for output that is assembled from them).
    public var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }
}

/// Memory allocated for a file's bytes, freed with its last `SourceBytes`.
final class OwnedBytes: SourceBytes.Owner {
    let pointer: UnsafeMutablePointer<UInt8>

    /// Uninitialised room for `capacity` bytes (at least one, so the pointer is never null).
    init(capacity: Int) {
        pointer = .allocate(capacity: max(capacity, 1))
    }

    deinit { pointer.deallocate() }
}

/// The bytes of a `SourceBytes` without keeping them alive, for the parser, which reads them a
/// hundred times per line. Passing `SourceBytes` counted a reference on the one buffer each time,
/// and both threads of a two-core parse counting on it made them wait on each other: 5 % more
/// time at 100 000 acties. Valid only while a `SourceBytes` of these bytes lives (the parser
/// keeps its `SourceText`).
struct ByteView {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
    }

    @inline(__always) subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "index buiten het bestand")
        return base[index]
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result
    {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}

extension SourceBytes {
    /// The bytes without a reference to them; see `ByteView`.
    var unownedView: ByteView { ByteView(UnsafeBufferPointer(start: base, count: count)) }
}
