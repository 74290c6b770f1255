import Foundation
import Testing

@testable import QuotedriftEngine

@Suite struct JSONWriterTests {
  private func text(_ writer: JSONWriter) -> String {
    String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test func indentsContainersAndKeepsInlineObjectsOnOneLine() {
    var json = JSONWriter()
    json.beginObject()
    json.field("name", "a")
    json.field("count", -42)
    json.field("share", 0.5)
    json.field("whole", 3.0)
    json.field("missing", nil as String?)
    json.beginArray(key: "empty")
    json.endArray()
    json.beginArray(key: "words")
    json.beginObject(inline: true)
    json.field("start", 0)
    json.field("ref", pair: (7, 12))
    json.field("none", pair: nil)
    json.endObject()
    json.value(pair: (1, 2))
    json.endArray()
    json.endObject()
    json.endDocument()
    #expect(
      text(json) == """
        {
          "name": "a",
          "count": -42,
          "share": 0.5,
          "whole": 3,
          "missing": null,
          "empty": [],
          "words": [
            {"start": 0, "ref": [7, 12], "none": null},
            [1, 2]
          ]
        }

        """)
    let parsed = try? JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
    #expect(parsed?["count"] as? Int == -42)
  }

  @Test func writesIntegersAtTheEndsOfTheirRange() {
    for value in [0, 9, 10, 99, 100, 1_234_567, Int.max, Int.min + 1, Int.min, -1] {
      var json = JSONWriter()
      json.beginArray()
      json.beginObject(inline: true)
      json.field("n", value)
      json.endObject()
      json.endArray()
      #expect(text(json) == "[\n  {\"n\": \(value)}\n]")
    }
  }

  @Test func escapesWhatJSONRequiresAndWhatCouldReorderATerminal() throws {
    let hostile =
      "quote \" back \\ line\nreturn\r tab\t bell\u{07} del\u{7F} c1\u{85} "
      + "rlo\u{202E} lrm\u{200E} isolate\u{2066} separator\u{2028} alm\u{061C} é ok"
    var json = JSONWriter()
    json.beginArray()
    json.value(hostile)
    json.beginObject(inline: true)
    json.field("bytes", utf8: Array(hostile.utf8)[...])
    json.field("invalid", utf8: [0x61, 0xFF, 0x62][...])
    json.endObject()
    json.endArray()
    let written = text(json)
    for escape in [
      "\\\"", "\\\\", "\\n", "\\r", "\\t", "\\u0007", "\\u007f", "\\u0085", "\\u202e", "\\u200e",
      "\\u2066", "\\u2028", "\\u061c",
    ] {
      #expect(written.contains(escape), "\(escape)")
    }
    #expect(!written.unicodeScalars.contains { $0.value == 0x202E || $0.value < 0x0A })
    let decoded = try #require(
      try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [Any])
    #expect(decoded[0] as? String == hostile)
    let record = try #require(decoded[1] as? [String: String])
    #expect(record["bytes"] == hostile)
    #expect(record["invalid"] == "a\u{FFFD}b")
  }

  @Test func aWordRecordIsTheInlineObjectWithItsFields() {
    let words: [(String, (Int, Int)?)] = [
      ("Jinx", (3, 7)), ("caf\u{E9}", nil), ("\"q\"\u{202E}", (0, 1)),
    ]
    for (word, ref) in words {
      let bytes = Array(word.utf8)
      var generic = JSONWriter()
      var fast = JSONWriter()
      generic.beginArray()
      fast.beginArray()
      for _ in 0..<2 {
        generic.beginObject(inline: true)
        generic.field("start", 12)
        generic.field("end", 16)
        generic.field("text", utf8: bytes[...])
        generic.field("drift", "same")
        generic.field("ref", pair: ref)
        generic.endObject()
        bytes.withUnsafeBufferPointer {
          fast.wordRecord(start: 12, end: 16, text: $0, drift: "same", ref: ref)
        }
      }
      generic.endArray()
      fast.endArray()
      #expect(text(fast) == text(generic))
    }
  }

  @Test func aCopyWritesOnItsOwn() {
    var first = JSONWriter()
    first.beginArray()
    first.value("shared")
    var second = first
    second.value("second only")
    first.value("first only")
    first.endArray()
    second.endArray()
    #expect(text(first) == "[\n  \"shared\",\n  \"first only\"\n]")
    #expect(text(second) == "[\n  \"shared\",\n  \"second only\"\n]")
  }

  @Test func elementsWrittenApartAndFlushedInPiecesMakeTheSameDocument() {
    func record(_ index: Int, into json: inout JSONWriter) {
      json.beginObject()
      json.field("id", "s\(index)")
      json.beginArray(key: "words")
      for word in 0..<3 {
        json.beginObject(inline: true)
        json.field("start", index * 10 + word)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    var whole = JSONWriter()
    whole.beginObject()
    whole.beginArray(key: "statements")
    for index in 0..<50 { record(index, into: &whole) }
    whole.endArray()
    whole.endObject()
    whole.endDocument()

    var pieces: [UInt8] = []
    var spliced = JSONWriter(reservingCapacity: 1)
    spliced.beginObject()
    spliced.beginArray(key: "statements")
    for index in 0..<50 {
      var element = JSONWriter.element(atDepth: spliced.depth)
      record(index, into: &element)
      spliced.appendElement(element)
      if spliced.byteCount > 100 { spliced.flush { pieces.append(contentsOf: $0) } }
    }
    spliced.endArray()
    spliced.endObject()
    spliced.endDocument()
    spliced.flush { pieces.append(contentsOf: $0) }
    #expect(pieces == whole.bytes)
    #expect(spliced.byteCount == 0)
  }
}
