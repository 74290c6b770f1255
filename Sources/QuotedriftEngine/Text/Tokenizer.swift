import Foundation

/// Splits UTF-8 bytes into words, keeping each word's byte range in the original bytes.
///
/// A word is a run of letters, digits and combining marks, joined across an apostrophe
/// ("Milley’s"), a hyphen ("long-established"), a hyphen at a line break ("confl-\nict"), the
/// periods of an abbreviation ("U.S.") and the separators of a number ("1,000", "2.5"). Web
/// addresses are not words.
public enum Tokenizer {
  /// The words of `bytes`, in order.
  public static func words(in bytes: [UInt8]) -> [Word] {
    bytes.withUnsafeBufferPointer { words(in: $0) }
  }

  /// The most bytes a text may have: words keep their offsets in 32 bits. Bytes beyond are not
  /// read.
  public static let maximumBytes = Int(UInt32.max)

  /// The words of `buffer` from byte `start` on, in order.
  public static func words(in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [Word] {
    let buffer = UnsafeBufferPointer(rebasing: buffer[..<min(buffer.count, maximumBytes)])
    var words: [Word] = []
    words.reserveCapacity(buffer.count / 6)
    var offset = start
    while offset < buffer.count {
      let byte = buffer[offset]
      if byte < 0x80 && !ScalarClasses.isASCIIWordByte(byte) {
        offset += 1
        continue
      }
      guard let step = UTF8Scanner.decode(buffer, at: offset) else { break }
      if ScalarClasses.isWordScalar(step.scalar) {
        if let url = webAddressEnd(buffer, at: offset) {
          offset = url
          continue
        }
        let word = scanWord(buffer, from: step)
        words.append(word)
        offset = word.end
      } else {
        offset += step.length
      }
    }
    // The capacity reserved was a guess, and a corpus keeps millions of words: none to spare.
    guard !words.isEmpty, words.capacity - words.count > words.count / 8 else { return words }
    return [Word](unsafeUninitializedCapacity: words.count) { buffer, count in
      count = buffer.initialize(fromContentsOf: words)
    }
  }

  /// Where a web address that starts at `offset` ends, or `nil` when none starts there.
  private static func webAddressEnd(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    func startsWith(_ prefix: StaticString) -> Bool {
      guard offset + prefix.utf8CodeUnitCount <= buffer.count else { return false }
      let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
      return bytes.indices.allSatisfy { buffer[offset + $0] | 0x20 == bytes[$0] }
    }
    let first = buffer[offset] | 0x20
    guard
      (first == 0x68 && (startsWith("https://") || startsWith("http://")))
        || (first == 0x77 && startsWith("www."))
    else { return nil }
    var end = offset
    while end < buffer.count, buffer[end] > 0x20, buffer[end] != 0x22, buffer[end] != 0x3C,
      buffer[end] != 0x3E, buffer[end] != 0x29
    {
      end += 1
    }
    return end
  }

  private static func scanWord(_ buffer: UnsafeBufferPointer<UInt8>, from first: UTF8Scanner.Step)
    -> Word
  {
    var end = first.offset + first.length
    var segmentLength = 1
    var hasInternalPeriod = false
    var endsWithPeriod = false
    var previous = first.scalar
    scanning: while end < buffer.count {
      let byte = buffer[end]
      if ScalarClasses.isASCIIWordByte(byte) {
        end += 1
        segmentLength += 1
        previous = Unicode.Scalar(byte)
        continue
      }
      guard let step = UTF8Scanner.decode(buffer, at: end) else { break }
      let scalar = step.scalar
      if ScalarClasses.isWordScalar(scalar) {
        end += step.length
        segmentLength += 1
        previous = scalar
        continue
      }
      let next = UTF8Scanner.decode(buffer, at: end + step.length)
      if ScalarClasses.isApostrophe(scalar) || ScalarClasses.isSoftHyphen(scalar) {
        guard let next, ScalarClasses.isLetter(next.scalar) else { break }
        end = next.offset + next.length
        previous = next.scalar
        segmentLength += 1
      } else if ScalarClasses.isHyphen(scalar) {
        if let next, ScalarClasses.isWordScalar(next.scalar) {
          end = next.offset + next.length
          previous = next.scalar
          segmentLength += 1
        } else if let joined = lineBreakHyphenation(buffer, after: end + step.length),
          ScalarClasses.isLetter(previous)
        {
          end = joined
          segmentLength += 1
        } else {
          break
        }
      } else if scalar == "." {
        if let next, ScalarClasses.isLetter(next.scalar), segmentLength == 1,
          ScalarClasses.isLetter(previous)
        {
          hasInternalPeriod = true
          end = next.offset + next.length
          previous = next.scalar
          segmentLength = 1
        } else if let next, ScalarClasses.isDigit(next.scalar), ScalarClasses.isDigit(previous) {
          end = next.offset + next.length
          previous = next.scalar
        } else if hasInternalPeriod && segmentLength == 1 {
          end += 1
          endsWithPeriod = true
          break scanning
        } else {
          break
        }
      } else if scalar == ",", ScalarClasses.isDigit(previous), let next,
        ScalarClasses.isDigit(next.scalar)
      {
        end = next.offset + next.length
        previous = next.scalar
      } else {
        break
      }
    }
    return Word(
      start: first.offset, end: end, isCapitalized: ScalarClasses.isUppercase(first.scalar),
      isNumeric: ScalarClasses.isDigit(first.scalar), endsWithPeriod: endsWithPeriod)
  }

  /// For a hyphen that ends a line ("confl-" then a line break, spaces, and a lower-case letter),
  /// the offset just past that letter; otherwise `nil`.
  private static func lineBreakHyphenation(_ buffer: UnsafeBufferPointer<UInt8>, after offset: Int)
    -> Int?
  {
    var position = offset
    var sawLineBreak = false
    while let step = UTF8Scanner.decode(buffer, at: position) {
      if ScalarClasses.isLineBreak(step.scalar) {
        if sawLineBreak && step.scalar == "\n" && buffer[position - 1] != 0x0D { return nil }
        sawLineBreak = true
      } else if !ScalarClasses.isInlineSpace(step.scalar) {
        guard sawLineBreak, ScalarClasses.isLowercase(step.scalar) else { return nil }
        return step.offset + step.length
      }
      position += step.length
    }
    return nil
  }
}
