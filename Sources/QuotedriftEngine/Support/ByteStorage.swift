import Foundation

/// A growable run of bytes written through a pointer: one capacity check for a whole field
/// instead of one per byte, which is what an array's `append` costs. Owned by one writer at a
/// time (``JSONWriter`` copies it before writing when it is shared), so it is handed between
/// threads but never written from two.
final class ByteStorage: @unchecked Sendable {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  /// How many bytes are written.
  var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A storage of its own with the same bytes.
  func copy() -> ByteStorage {
    let copy = ByteStorage(capacity: capacity)
    copy.base.update(from: base, count: count)
    copy.count = count
    return copy
  }

  /// Makes room for `extra` more bytes, so that up to that many can be stored at `end`.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Where the next byte goes; room must have been reserved.
  @inline(__always)
  var end: UnsafeMutablePointer<UInt8> { base + count }

  @inline(__always)
  func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    end.update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// The bytes written, as an array.
  var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
