import CZlib

/// gzip decompression with zlib, for saved pages kept as `.html.gz`.
enum Gzip {
  /// The most bytes one file may inflate to: a compression bomb stops here.
  static let largestInflated = 256 << 20

  /// Why a gzip stream could not be read.
  struct Failure: Error {
    var reason: String
  }

  /// Whether `bytes` start with the gzip magic number.
  static func isCompressed(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// The inflated bytes of every gzip member in `bytes`, and whether the data ended early (what
  /// came before is kept). Data that inflates to nothing at all is corrupt.
  static func inflate(_ bytes: [UInt8]) throws(Failure) -> (bytes: [UInt8], truncated: Bool) {
    guard bytes.count < Int(UInt32.max) else {
      throw Failure(reason: "gzip file larger than 4 GB")
    }
    var stream = z_stream()
    // 16 + MAX_WBITS: a gzip header and trailer, not a zlib one.
    guard
      inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        == Z_OK
    else { throw Failure(reason: "cannot start gzip decompression") }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var consumed = 0
    var truncated = false
    inflating: while true {
      let status = bytes.withUnsafeBufferPointer { source in
        chunk.withUnsafeMutableBufferPointer { target in
          stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + consumed)
          stream.avail_in = UInt32(source.count - consumed)
          stream.next_out = target.baseAddress
          stream.avail_out = UInt32(target.count)
          let status = CZlib.inflate(&stream, Z_NO_FLUSH)
          consumed = source.count - Int(stream.avail_in)
          return status
        }
      }
      output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
      guard output.count <= largestInflated else {
        throw Failure(reason: "gzip data inflates past \(largestInflated >> 20) MB")
      }
      switch status {
      case Z_STREAM_END:
        // Another member may follow (concatenated gzip files): go on from where this one ended.
        guard consumed + 1 < bytes.count, bytes[consumed] == 0x1F, bytes[consumed + 1] == 0x8B
        else { break inflating }
        inflateReset(&stream)
      case Z_OK:
        if stream.avail_in == 0 && stream.avail_out != 0 {
          truncated = true
          break inflating
        }
      default:
        // Z_BUF_ERROR: the input ended inside a member; anything else: corrupt data.
        truncated = true
        break inflating
      }
    }
    guard !output.isEmpty || !truncated else { throw Failure(reason: "gzip data is corrupt") }
    return (output, truncated)
  }
}
