#!/usr/bin/env python3
"""The hostile corpus: inputs built to crash, hang or fool quotedrift.

  hostile-corpus.py fixtures          rewrites the small files kept in Tests/Fixtures/hostile/text
  hostile-corpus.py special DEST      copies them to DEST and adds what git cannot hold: a FIFO,
                                      symbolic-link loops, a dangling link, a folder named like
                                      an article, a file name with escape sequences
  hostile-corpus.py large DEST        one 50 MB file on a single line (DEST/large/one-line.txt)
  hostile-corpus.py many DEST [N]     N tiny articles (default 20,000) in DEST/many, each pair
                                      of neighbours sharing a statement of its own

Every article carries the same statement, so matching runs across them.
"""
import gzip
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "hostile", "text")
STATEMENT = (
    "The spokesperson said the talks remain vital to improving mutual understanding, "
    "reducing tensions and avoiding unintended consequences or conflict."
)


def article(title, middle=b"", statement=STATEMENT.encode()):
    return title.encode() + b"\n\n" + middle + b"\n\n" + statement + b"\n"


def fixtures():
    esc = b"\x1b"
    bel = b"\x07"
    st = esc + b"\\"
    files = {
        "invalid-utf8.txt": article(
            "Invalid UTF-8",
            b"Bad bytes \xff\xfe here, an overlong slash \xc0\xaf, a cut-off euro \xe2\x82, "
            b"a surrogate \xed\xa0\x80 and a stray continuation \x80 byte.",
        ),
        "nul-bytes.txt": article("NUL bytes", b"Text with a NUL \x00 byte in the middle."),
        "utf-16.txt": article("Saved as UTF-16", b"Every other byte is NUL.").decode().encode("utf-16"),
        "bom.txt": b"\xef\xbb\xbf" + article("Byte order mark", b"A file that starts with a BOM."),
        "crlf.txt": article("Windows line ends", b"Lines end with CR LF.\r\nAnother line.\r\n")
        .replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n"),
        "lone-cr.txt": article("Old Mac line ends", b"Lines end with a lone CR.\rAnother line.")
        .replace(b"\n", b"\r"),
        "empty.txt": b"",
        "whitespace-only.txt": b" \t\r\n\n   \x0b\x0c\n",
        "bidi.txt": article(
            "Bidirectional text \u202e)gnirts desrever(\u202c",
            "Arabic \u0627\u0644\u0633\u0644\u0627\u0645 and Hebrew \u05e9\u05dc\u05d5\u05dd; "
            "an override \u202eevil.exe\u202c, an embedding \u202aLTR\u202c \u202bRTL\u202c, "
            "isolates \u2066a\u2069 \u2067b\u2069 \u2068c\u2069, marks \u200e \u200f \u061c, "
            "separators \u2028 and \u2029.".encode(),
            ("The spokesperson said \u202e the talks remain vital \u202c to improving mutual "
             "understanding, reducing tensions and avoiding unintended consequences or "
             "conflict.").encode(),
        ),
        "combining.txt": article(
            "Combining marks",
            ("Z" + "".join(chr(0x300 + i % 0x70) for i in range(5000)) + " and a"
             + "\u0301" * 3000 + " letter.").encode(),
        ),
        "emoji.txt": article(
            "Emoji sequences",
            "A family \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466, a flag "
            "\U0001f1eb\U0001f1f7, a skin tone \U0001f44d\U0001f3fd, a keycap 1\ufe0f\u20e3, a "
            "rainbow flag \U0001f3f3\ufe0f\u200d\U0001f308, a tag flag "
            "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f, "
            "a lone joiner \u200d and variation selectors \ufe0e\ufe0f.".encode(),
        ),
        "controls.txt": article(
            "Every C0 and C1 control",
            b"C0: " + b" ".join(bytes([c]) for c in range(1, 0x20)) + b" DEL \x7f. C1 as UTF-8: "
            + " ".join(chr(c) for c in range(0x80, 0xA0)).encode()
            + b". " + b"Plain words keep the controls under one byte in ten. " * 12,
        ),
        "escapes.txt": article(
            "ANSI escapes " + "\x1b]0;pwned title\x07",
            esc + b"[2J" + esc + b"[H" + esc + b"[31mred" + esc + b"[0m "
            + esc + b"[?1049l" + esc + b"[?25l" + esc + b"[10;10H"
            + esc + b"]0;window title" + bel + b" "
            + esc + b"]2;other title" + st + b" "
            + esc + b"]52;c;ZXZpbCBjbGlwYm9hcmQ=" + bel + b" "
            + esc + b"]8;;https://evil.example/" + st + b"a link" + esc + b"]8;;" + st + b" "
            + esc + b"P+q544e" + st + b" " + esc + b"Pq#0;2;0;0;0#1~-" + st + b" "
            + "\u009b31m C1 CSI \u009d0;c1 title\u009c and \u0090DCS\u009c".encode()
            + b" " + esc + b"c" + b" plain words after the sequences.",
            b"The spokesperson said the talks remain vital " + esc + b"[1mto improving" + esc
            + b"[0m mutual understanding, reducing tensions " + esc + b"]0;x" + bel
            + b"and avoiding unintended consequences or conflict.",
        ),
        "markdown.md": b"---\ntitle: \"\x1b]0;front matter title\x07\"\noutlet: [unclosed\n---\n"
        + article("# Markdown", b"Front matter that is not valid YAML."),
        "no-words.txt": b"!!! ??? ... --- *** \xe2\x80\x94 \xe2\x80\xa6\n",
        "long-line.txt": article("A long word", b"x" * 200_000 + b" and " + b"y" * 70_000),
        "notes.pdf": b"%PDF-1.4 not an article",
        **web_pages(esc, bel),
        # Archives: one carrier record each among records that must be skipped, one warning a
        # record naming its line; escapes in the fields stay out of the terminal.
        "archive.jsonl": b"\n".join([
            json.dumps({
                "title": "Archive record \x1b]0;evil title\x07\x1b[31m",
                "source": {"name": "\u202eevil outlet"},
                "published": "Wed, 15 Sep 2021 10:00:00 GMT",
                "text": "An archived copy.\n\n" + STATEMENT,
            }).encode(),
            b'{"title": "Broken line", "text": ',
            b"[1, 2, 3]",
            b"",
            b'{"title": "No text"}',
            b"[" * 10_000 + b"]" * 10_000,
        ]) + b"\n",
        "archive.csv": b"\xef\xbb\xbftitle,outlet,date,text\r\n"
        + b'"Quoted ""CSV"" record, with a comma",Wire,"September 15, 2021","Line one,\r\n'
        + STATEMENT.encode() + b'"\r\n'
        + b"Too,few\r\n"
        + b'Unclosed,Wire,2021-09-15,"never closed\r\nto the end\r\n',
    }
    os.makedirs(FIXTURES, exist_ok=True)
    for name in os.listdir(FIXTURES):
        os.remove(os.path.join(FIXTURES, name))
    for name, data in files.items():
        with open(os.path.join(FIXTURES, name), "wb") as handle:
            handle.write(data)


def page(title, body, head=b""):
    return (b"<!DOCTYPE html><html><head><title>" + title + b"</title>" + head + b"</head><body>"
            + body + b"</body></html>")


def web_pages(esc, bel):
    """Saved pages that are broken, lying, deep, compressed wrong or carry escapes."""
    statement = b"<p>" + STATEMENT.encode() + b"</p>"
    return {
        "malformed.html": b"<html><head><title>Malformed</head><body><div><p>Unclosed <b>bold"
        + b" <i>and</b> crossed</i> tags, an attribute <a href=x y=>without quotes</div></div>"
        + b"</span>" + statement + b"<table><tr><td>stray cell</p></table></table>",
        "truncated.html": page(b"Truncated", statement + b"<p>The page stops in the mid")[:-30]
        + b"<div class=\"un",
        "escapes-in-markup.html": page(
            b"Title " + esc + b"]0;pwned title" + bel,
            b"<p>" + esc + b"[2J" + esc + b"]52;c;ZXZpbA==" + bel + b"Escapes in the text "
            + esc + b"[31mred" + esc + b"[0m, in the title and in the site name.</p>" + statement,
            b"<meta property=\"og:site_name\" content=\"Site " + esc + b"]8;;https://evil.example/"
            + esc + b"\\link\">",
        ),
        "lying-charset.html": page(
            b"Caf\xe9", b"<p>Declared UTF-8, saved as Latin-1: caf\xe9 cr\xe8me br\xfbl\xe9e.</p>"
            + statement, b"<meta charset=\"utf-8\">"),
        "deep.html": page(b"Deep", statement + b"<div>" * 100_000 + b"deep text" + b"</div>" * 100_000),
        "no-article.html": page(b"Home", b"<nav><ul>" + b"".join(
            b"<li><a href=\"/s%d\">Section %d</a></li>" % (i, i) for i in range(40)) + b"</ul></nav>"),
        "compressed.html.gz": gzip.compress(page(b"Compressed", statement), mtime=0),
        "corrupt.html.gz": b"\x1f\x8b\x08\x00" + b"\xff" * 64,
    }


def special(dest):
    shutil.copytree(FIXTURES, dest, dirs_exist_ok=True)
    os.mkfifo(os.path.join(dest, "fifo.txt"))
    os.makedirs(os.path.join(dest, "folder.txt"), exist_ok=True)
    with open(os.path.join(dest, "folder.txt", "inside.txt"), "wb") as handle:
        handle.write(article("A folder named like an article"))
    with open(os.path.join(dest, "\x1b]0;evil title\x07\x1b[31mname.txt"), "wb") as handle:
        handle.write(article("A file name with escape sequences"))
    os.symlink(".", os.path.join(dest, "loop"))
    os.symlink("self.txt", os.path.join(dest, "self.txt"))
    os.symlink("no-such-file.txt", os.path.join(dest, "dangling.txt"))


def large(dest):
    os.makedirs(os.path.join(dest, "large"), exist_ok=True)
    # One line, no line break: the statement, then 50 MB of words with no sentence end (the
    # statement is a sentence of its own, the rest one run-on the splitter has to cut).
    filler = " ".join("word%d" % index for index in range(1000)).encode() + b" "
    with open(os.path.join(dest, "large", "one-line.txt"), "wb") as handle:
        handle.write(b"One line of fifty megabytes. " + STATEMENT.encode() + b" Then ")
        written = 0
        while written < 50 * 1024 * 1024:
            handle.write(filler)
            written += len(filler)


SYLLABLES = "ba ce di fo gu ha ke li mo nu pa re si to vu wa xe yi zo ju".split()


def pair_statement(pair):
    """A sentence of twelve made-up words that only the two articles of `pair` carry."""
    words = []
    for position in range(12):
        number = pair * 12 + position
        word = ""
        for _ in range(4):
            word += SYLLABLES[number % len(SYLLABLES)]
            number //= len(SYLLABLES)
        words.append(word)
    return ("The envoy said " + " ".join(words) + ".").encode()


def many(dest, count):
    """Tiny articles: each pair of neighbours shares a statement of its own; all share one."""
    folder = os.path.join(dest, "many")
    os.makedirs(folder, exist_ok=True)
    for index in range(count):
        with open(os.path.join(folder, "%05d.txt" % index), "wb") as handle:
            handle.write(article("Tiny %d" % index, pair_statement(index // 2)))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "fixtures":
        fixtures()
    elif command == "special" and len(sys.argv) == 3:
        special(sys.argv[2])
    elif command == "large" and len(sys.argv) == 3:
        large(sys.argv[2])
    elif command == "many" and len(sys.argv) in (3, 4):
        many(sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 20_000)
    else:
        sys.exit(__doc__)
