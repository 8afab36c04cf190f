/// An error reported by ICU through the shim, with the operation that failed.
public struct ICUError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What was being done, e.g. "open word break iterator for fr".
    public let operation: String
    /// ICU's error name, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public let code: String

    public init(operation: String, code: String) {
        self.operation = operation
        self.code = code
    }

    public var description: String { "ICU: \(operation) failed (\(code))" }
}

/// A caller-owned buffer for the shim's error names.
struct ErrorBuffer {
    var bytes = [CChar](repeating: 0, count: 64)

    mutating func withPointer<R>(_ body: (UnsafeMutablePointer<CChar>, Int) -> R) -> R {
        bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!, $0.count) }
    }

    var message: String {
        let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
        return String(decoding: bytes[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Calls a shim function that follows the "length, -(needed), or Int32.min" convention,
/// growing the output buffer once when it is too small.
func withGrowingBuffer<T: BinaryInteger & ExpressibleByIntegerLiteral>(
    _ type: T.Type, initialCapacity: Int, operation: @autoclosure () -> String,
    _ call: (UnsafeMutablePointer<T>, Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
) throws(ICUError) -> [T] {
    var capacity = max(initialCapacity, 1)
    var err = ErrorBuffer()
    for _ in 0..<2 {
        var out = [T](repeating: 0, count: capacity)
        let n = out.withUnsafeMutableBufferPointer { buf in
            err.withPointer { call(buf.baseAddress!, Int32(buf.count), $0, $1) }
        }
        if n == Int32.min { throw ICUError(operation: operation(), code: err.message) }
        if n >= 0 {
            out.removeSubrange(Int(n)...)
            return out
        }
        capacity = Int(-n)
    }
    throw ICUError(operation: operation(), code: "buffer size did not settle")
}
