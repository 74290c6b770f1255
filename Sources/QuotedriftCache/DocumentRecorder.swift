import Foundation
import QuotedriftEngine

#if canImport(Glibc)
  import Glibc
#endif

/// A document on its way to standard output, copied into the cache as it goes
/// (``AnalysisCache/recorder(for:)``): the bytes go to a temporary file in the documents folder,
/// which ``AnalysisCache/keep(_:)`` puts in place. They are hashed and written a digest's piece
/// at a time on a thread of its own, a few pieces ahead at most, so the copy takes the share of
/// the cores the output leaves idle. The copy stops, never the output, when a write fails, when
/// the file system would be left with less than ``reserve`` free, or when the thread falls
/// behind by ``patience``; why is reported when the document is kept. Record from one thread.
public final class DocumentRecorder {
  /// What a finished copy holds: the temporary file, its length, and its digest.
  typealias Recorded = (writer: AtomicFileWriter, length: Int, digest: ContentHash)

  let key: DocumentKey
  /// Bytes recorded and not handed to the writing thread yet: less than one piece.
  private var piece: [UInt8] = []
  private let copy: Copy
  private let writing = DispatchQueue(label: "quotedrift document")
  /// Pieces that may wait for the writing thread: bounds the memory the copy takes.
  private let room = DispatchSemaphore(value: 4)
  /// Set when the writing thread fell behind: nothing more is handed to it.
  private var abandoned = false

  /// The share of a file system a copy leaves free, so a listing never fills the disk others
  /// write to: a twentieth of it.
  static let reserve = 20
  /// How long the output waits for the writing thread to take a piece before the copy is given
  /// up: a stalled cache disk never holds up the output for longer.
  static let patience = DispatchTimeInterval.seconds(10)

  init(key: DocumentKey, path: String) {
    self.key = key
    copy = Copy(path: path)
    piece.reserveCapacity(CachedDocument.digestPiece)
  }

  /// Copies the bytes of `buffer`, after those before.
  public func record(_ buffer: UnsafeRawBufferPointer) {
    var rest = buffer
    while !abandoned, !rest.isEmpty {
      let taken = min(rest.count, CachedDocument.digestPiece - piece.count)
      piece.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest.prefix(taken)))
      rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(taken))
      if piece.count == CachedDocument.digestPiece { handOver() }
    }
  }

  /// Writes what is left and waits for the writing thread: the file recorded, its length and
  /// digest, or why it could not be written.
  func finish() -> Result<Recorded, AtomicFileWriter.Failure> {
    if !piece.isEmpty, !abandoned { handOver() }
    return writing.sync { [copy, abandoned] in
      if abandoned { return .failure(AtomicFileWriter.Failure(copy.path, ETIMEDOUT)) }
      return copy.result
    }
  }

  private func handOver() {
    let full = piece
    piece = []
    piece.reserveCapacity(CachedDocument.digestPiece)
    guard room.wait(timeout: .now() + Self.patience) == .success else {
      abandoned = true
      return
    }
    writing.async { [copy, room] in
      defer { room.signal() }
      full.withUnsafeBytes { copy.write($0) }
    }
  }

  /// What the writing thread owns: the temporary file, the hashes of the pieces written, and
  /// why the copy stopped. Touched on the writing thread only, and read after it has finished.
  private final class Copy: @unchecked Sendable {
    let path: String
    private var writer: AtomicFileWriter?
    private var failure: AtomicFileWriter.Failure?
    private var pieceHashes: [ContentHash] = []
    private var length = 0

    init(path: String) {
      self.path = path
      do {
        writer = try AtomicFileWriter(path: path)
      } catch {
        failure = error
      }
    }

    var result: Result<Recorded, AtomicFileWriter.Failure> {
      guard let writer else { return .failure(failure ?? AtomicFileWriter.Failure(path, EIO)) }
      return .success(
        (writer, length, CachedDocument.digest(ofPieces: pieceHashes, count: length)))
    }

    /// Hashes and writes one piece, unless the copy stopped before.
    func write(_ buffer: UnsafeRawBufferPointer) {
      guard let writer else { return }
      do throws(AtomicFileWriter.Failure) {
        guard Self.hasRoom(for: buffer.count, besides: path) else {
          throw AtomicFileWriter.Failure(writer.path, ENOSPC)
        }
        #if DEBUG
          if let limit = CacheFaultInjection.maximumDocumentBytes, length + buffer.count > limit {
            throw AtomicFileWriter.Failure(writer.path, ENOSPC)
          }
        #endif
        try writer.append(buffer)
        pieceHashes.append(CachedDocument.hash(buffer))
        length += buffer.count
      } catch {
        failure = error
        self.writer = nil
      }
    }

    /// Whether the file system of `path` keeps its ``DocumentRecorder/reserve`` free after
    /// `count` bytes more.
    private static func hasRoom(for count: Int, besides path: String) -> Bool {
      var status = statvfs()
      let folder = (path as NSString).deletingLastPathComponent
      guard statvfs(folder, &status) == 0 else { return true }
      let free = UInt64(status.f_bavail) * UInt64(status.f_frsize)
      let size = UInt64(status.f_blocks) * UInt64(status.f_frsize)
      return free >= UInt64(count) + size / UInt64(DocumentRecorder.reserve)
    }
  }
}
