#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and error, collected and written in one go; knows whether colour is allowed
/// (only on a terminal, never with NO_COLOR) and how wide the terminal is.
struct Console {
    var out = ""
    var err = ""
    /// Output that is already bytes (a long JSON list), written after `out`, piece by piece.
    private(set) var outBytes: [[UInt8]] = []

    /// Adds bytes to standard output, taken over, not copied (a list of a million acties is
    /// hundreds of megabytes of JSON).
    mutating func printBytes(_ pieces: [[UInt8]]) {
        outBytes += pieces
    }

    mutating func print(_ text: String) {
        out += text
        out += "\n"
    }

    mutating func error(_ text: String) {
        err += text
        err += "\n"
    }

    /// Writes raw bytes to standard output (ODT to `-o -`).
    func writeBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { Console.writeAll(1, $0) }
    }

    /// Diagnostics (standard error) first, then the summary or report (standard output), so a
    /// terminal shows them in reading order. Written from the strings' own storage, uncopied.
    func flush() {
        var err = err
        var out = out
        err.withUTF8 { Console.writeAll(2, UnsafeRawBufferPointer($0)) }
        out.withUTF8 { Console.writeAll(1, UnsafeRawBufferPointer($0)) }
        for piece in outBytes { piece.withUnsafeBytes { Console.writeAll(1, $0) } }
    }

    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < buffer.count {
            let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }
            offset += written
        }
    }

    static var useColor: Bool {
        if getenv("NO_COLOR") != nil { return false }
        return isatty(1) == 1
    }

    static var terminalWidth: Int {
        if let columns = getenv("COLUMNS"), let width = Int(String(cString: columns)), width > 20 {
            return width
        }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        return 120
    }

}
