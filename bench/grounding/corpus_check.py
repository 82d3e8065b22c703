"""The checks every grounding corpus written to the seventh corpus's rules passes (seventh/, eighth/). Standard
library only. A corpus's check.py names its own current/older pairs, Latin-1 files and id letter, and calls
`main`; it prints counts and problems, never question text, and exits 1 on any problem.

PDF (added for the twenty-fourth corpus, additively: a corpus without a .pdf is checked exactly as before): a `.pdf`
document is allowed (0 or 1 per corpus), is skipped by the UTF-8 check like the DOCX, and its text is the `Tj`
strings of its uncompressed content streams in page order, one line each, with the backslash escapes of PDF
strings undone (escaped parentheses and backslashes, octal codes), decoded from WinAnsi (cp1252, with Latin-1 for the
bytes cp1252 leaves undefined).
"""
import csv
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter
from html.parser import HTMLParser

FIELDS = ["id", "question", "answerable", "key_facts", "sources", "type", "notes"]
PER_HALF = {"single": 4, "multi": 4, "table": 4, "wording": 5, "superseded": 4,
            "steps": 2, "unanswerable": 6, "private": 3}
UNANSWERABLE_TYPES = {"unanswerable", "private"}
FORMAT_RANGES = {"html": (6, 8), "md": (7, 9), "csv": (3, 3), "json": (1, 2), "txt": (4, 6), "docx": (1, 1),
                 "pdf": (0, 1)}
WORDS = (150, 900)

_PDF_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _pdf_winansi(raw):
    """Decodes PDF string bytes as WinAnsi: cp1252, with Latin-1 for the five bytes cp1252 leaves undefined."""
    return "".join(bytes([c]).decode("cp1252", errors="strict") if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(c) for c in raw)


def _pdf_tj_strings(stream):
    """The literal strings shown by `Tj` in one content stream, in order, unescaped (bytes)."""
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"%":  # comment to end of line
            while i < n and stream[i:i + 1] not in (b"\r", b"\n"):
                i += 1
            continue
        if stream[i:i + 1] != b"(":
            i += 1
            continue
        buf, depth, i = bytearray(), 1, i + 1
        while i < n and depth:
            c = stream[i]
            if c == 0x5C:  # backslash
                nxt = stream[i + 1:i + 2]
                if nxt and nxt in b"01234567":
                    j = i + 1
                    while j < min(i + 4, n) and stream[j:j + 1] in b"01234567":
                        j += 1
                    buf.append(int(stream[i + 1:j], 8) & 0xFF)
                    i = j
                    continue
                if nxt == b"\r":  # line continuation
                    i += 3 if stream[i + 2:i + 3] == b"\n" else 2
                    continue
                if nxt == b"\n":
                    i += 2
                    continue
                if nxt:
                    buf += _PDF_ESCAPES.get(nxt[0], nxt)
                i += 2
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if not depth:
                    i += 1
                    break
            buf.append(c)
            i += 1
        rest = stream[i:i + 40].lstrip()
        if rest.startswith(b"Tj") and not rest[2:3].isalnum():
            out.append(bytes(buf))
    return out


def pdf_text(data):
    """Text of a PDF whose content streams are uncompressed: each `Tj` string is one line, pages in order."""
    objs = {int(m.group(1)): m.group(2)
            for m in re.finditer(rb"(?<![0-9])(\d+)\s+\d+\s+obj\b(.*?)\bendobj", data, flags=re.S)}

    def stream_of(body):
        m = re.search(rb"stream\r?\n", body)
        if not m or re.search(rb"/Filter\b", body[:m.start()]):
            return None
        length = re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", body[:m.start()])
        if length:
            return body[m.end():m.end() + int(length.group(1))]
        return re.sub(rb"\r?\nendstream\s*$", b"", body[m.end():].rstrip())

    def refs(value):
        return [int(x) for x in re.findall(rb"(\d+)\s+\d+\s+R", value)]

    def page_contents(num, seen):
        body = objs.get(num, b"")
        if num in seen:
            return []
        seen.add(num)
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = re.search(rb"/Kids\s*\[(.*?)\]", body, flags=re.S)
            return [c for k in (refs(kids.group(1)) if kids else []) for c in page_contents(k, seen)]
        if re.search(rb"/Type\s*/Page\b", body):
            m = re.search(rb"/Contents\s*(\[.*?\]|\d+\s+\d+\s+R)", body, flags=re.S)
            return refs(m.group(1)) if m else []
        return []

    roots = [n for n, b in sorted(objs.items()) if re.search(rb"/Type\s*/Pages\b", b)
             and not re.search(rb"/Parent\b", b)]
    order = [c for r in roots for c in page_contents(r, set())]
    if not order:  # no page tree found: every stream in object order
        order = sorted(objs)
    lines = []
    for num in order:
        stream = stream_of(objs.get(num, b""))
        if stream is not None:
            lines += [_pdf_winansi(s) for s in _pdf_tj_strings(stream)]
    return "\n".join(lines)


def main(here, pairs, latin1_files, id_letter):
    """Checks the corpus in `here`: `pairs` maps each current document to its older version."""
    HERE, PAIRS, LATIN1_FILES = here, pairs, latin1_files
    DOCS = os.path.join(HERE, "docs")
    problems = []


    def fail(msg):
        problems.append(msg)


    # ---------------------------------------------------------------- text extraction
    class _Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts, self.skip = [], 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1
            self.parts.append(" ")

        def handle_endtag(self, tag):
            if tag in ("script", "style") and self.skip:
                self.skip -= 1
            self.parts.append(" ")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)


    def _json_strings(node, out):
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                _json_strings(v, out)
        elif isinstance(node, list):
            for v in node:
                _json_strings(v, out)


    def raw_bytes(rel):
        with open(os.path.join(HERE, rel), "rb") as fh:
            return fh.read()


    def decode(rel):
        b = raw_bytes(rel)
        try:
            return b.decode("utf-8")
        except UnicodeDecodeError:
            return b.decode("latin-1")


    def extract(rel):
        ext = rel.rsplit(".", 1)[-1].lower()
        if ext == "docx":
            with zipfile.ZipFile(os.path.join(HERE, rel)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            paras = []
            for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                runs = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
                paras.append("".join(runs))
            text = "\n".join(paras)
            return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
        if ext == "pdf":
            return pdf_text(raw_bytes(rel))
        text = decode(rel)
        if ext in ("html", "htm"):
            p = _Text()
            p.feed(text)
            return "".join(p.parts)
        if ext == "json":
            out = []
            _json_strings(json.loads(text), out)
            return "\n".join(out)
        return text  # md, csv, txt: raw text


    def norm(s):
        return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


    def all_docs():
        out = []
        for root, _, files in os.walk(DOCS):
            for f in files:
                out.append(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
        return sorted(out)


    # ---------------------------------------------------------------- documents
    docs = all_docs()
    texts = {d: extract(d) for d in docs}
    ntexts = {d: norm(t) for d, t in texts.items()}

    fmt = Counter(d.rsplit(".", 1)[-1].lower() for d in docs)
    if not 28 <= len(docs) <= 30:
        fail(f"document count {len(docs)} not in 28-30")
    for ext, (lo, hi) in FORMAT_RANGES.items():
        if not lo <= fmt.get(ext, 0) <= hi:
            fail(f"{ext} files: {fmt.get(ext, 0)} not in {lo}-{hi}")
    for ext in fmt:
        if ext not in FORMAT_RANGES:
            fail(f"unexpected format .{ext}")

    word_counts = {}
    for d in docs:
        n = len(texts[d].split())
        word_counts[d] = n
        if not WORDS[0] <= n <= WORDS[1]:
            fail(f"{d}: {n} words, outside {WORDS[0]}-{WORDS[1]}")

    # encodings
    for d in docs:
        if d.endswith(".docx") or d.endswith(".pdf"):
            continue
        b = raw_bytes(d)
        try:
            b.decode("utf-8")
            valid = True
        except UnicodeDecodeError:
            valid = False
        if d in LATIN1_FILES:
            if valid:
                fail(f"{d} should not be valid UTF-8")
            elif not re.search(r"[\u00c0-\u00ff]", b.decode("latin-1")):
                fail(f"{d} has no accented Latin-1 characters")
        elif not valid:
            fail(f"{d} is not valid UTF-8")
    for d in LATIN1_FILES:
        if d not in docs:
            fail(f"missing Latin-1 file {d}")

    # docx structure
    docx = [d for d in docs if d.endswith(".docx")]
    for d in docx:
        with zipfile.ZipFile(os.path.join(HERE, d)) as z:
            names = set(z.namelist())
            for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"):
                if need not in names:
                    fail(f"{d}: missing {need}")
            xml = z.read("word/document.xml").decode("utf-8")
            styles = z.read("word/styles.xml").decode("utf-8")
        for sid in ("Heading1", "Heading2"):
            if f'<w:pStyle w:val="{sid}"/>' not in xml:
                fail(f"{d}: document.xml does not use {sid}")
            if f'w:styleId="{sid}"' not in styles:
                fail(f"{d}: styles.xml does not define {sid}")
        if "<w:tbl>" not in xml:
            fail(f"{d}: no table")

    # superseded list
    with open(os.path.join(HERE, "superseded.txt"), encoding="utf-8") as fh:
        superseded = [l.strip() for l in fh if l.strip()]
    if sorted(superseded) != sorted(PAIRS.values()):
        fail("superseded.txt does not match the older files of PAIRS")
    for s in superseded:
        if s not in docs:
            fail(f"superseded file {s} does not exist")
    for cur in PAIRS:
        if cur not in docs:
            fail(f"current file {cur} does not exist")

    # ---------------------------------------------------------------- questions
    def load(name, prefix):
        rows = []
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    fail(f"{name}:{i}: blank line")
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    fail(f"{name}:{i}: does not parse ({e})")
                    continue
                if list(row.keys()) != FIELDS:
                    fail(f"{name}:{i}: fields {list(row.keys())} != {FIELDS}")
                want = f"{id_letter}-{prefix}-{i:02d}"
                if row.get("id") != want:
                    fail(f"{name}:{i}: id {row.get('id')} != {want}")
                rows.append(row)
        return rows


    def check_row(row):
        rid, typ = row.get("id"), row.get("type")
        facts, sources = row.get("key_facts"), row.get("sources")
        if typ not in PER_HALF:
            fail(f"{rid}: unknown type {typ}")
            return
        if not isinstance(row.get("question"), str) or not row["question"].strip():
            fail(f"{rid}: empty question")
        if not isinstance(row.get("notes"), str) or not row["notes"].strip():
            fail(f"{rid}: empty notes")
        if not isinstance(facts, list) or not isinstance(sources, list):
            fail(f"{rid}: key_facts/sources must be lists")
            return
        if typ in UNANSWERABLE_TYPES:
            if row.get("answerable") is not False:
                fail(f"{rid}: {typ} row must have answerable false")
            if facts or sources:
                fail(f"{rid}: {typ} row must have empty key_facts and sources")
            if "search" not in row["notes"].lower():
                fail(f"{rid}: notes should list the terms searched")
            return
        if row.get("answerable") is not True:
            fail(f"{rid}: {typ} row must have answerable true")
        if not facts or not sources:
            fail(f"{rid}: answerable row needs key_facts and sources")
            return
        if len(set(sources)) != len(sources):
            fail(f"{rid}: duplicate sources")
        for s in sources:
            if s not in docs:
                fail(f"{rid}: source {s} does not exist")
            if s in superseded:
                fail(f"{rid}: source {s} is superseded")
        srcs = [s for s in sources if s in docs]
        for f in facts:
            if not isinstance(f, str) or not f.strip():
                fail(f"{rid}: empty key fact")
                continue
            if "*" in f:
                fail(f"{rid}: key fact {f!r} spans markup")
            if not any(norm(f) in ntexts[s] for s in srcs):
                fail(f"{rid}: key fact {f!r} not found in its sources")
        if typ == "multi":
            if not 2 <= len(sources) <= 3:
                fail(f"{rid}: multi row needs 2-3 sources, has {len(sources)}")
            for s in srcs:
                if not any(norm(f) in ntexts[s] for f in facts):
                    fail(f"{rid}: multi source {s} holds none of the key facts")
        if typ == "steps" and len(facts) < 2:
            fail(f"{rid}: steps row needs 2+ key facts")
        if typ == "superseded":
            olds = [PAIRS[s] for s in srcs if s in PAIRS]
            if not olds:
                fail(f"{rid}: superseded row's source has no older version")
            for old in olds:
                for f in facts:
                    if norm(f) in ntexts.get(old, ""):
                        fail(f"{rid}: key fact {f!r} also occurs in the older version {old}")


    halves = {"dev": load("questions-dev.jsonl", "dev"), "test": load("questions-test.jsonl", "test")}
    all_ids = Counter()
    for half, rows in halves.items():
        if len(rows) != 32:
            fail(f"{half}: {len(rows)} rows, want 32")
        counts = Counter(r.get("type") for r in rows)
        if dict(counts) != PER_HALF:
            fail(f"{half}: type counts {dict(counts)} != {PER_HALF}")
        for r in rows:
            all_ids[r.get("id")] += 1
            check_row(r)
    for rid, n in all_ids.items():
        if n > 1:
            fail(f"duplicate id {rid}")
    questions = [r.get("question", "").strip().lower() for rows in halves.values() for r in rows]
    for q, n in Counter(questions).items():
        if n > 1:
            fail("duplicate question text")

    # ---------------------------------------------------------------- report
    print(f"documents: {len(docs)}  " + "  ".join(f"{k}={fmt[k]}" for k in sorted(fmt)))
    print(f"words per document: min {min(word_counts.values())}, max {max(word_counts.values())}")
    print(f"superseded files: {len(superseded)}; Latin-1 file: {', '.join(sorted(LATIN1_FILES))}")
    for half, rows in halves.items():
        c = Counter(r.get("type") for r in rows)
        print(f"{half}: {len(rows)} rows  " + "  ".join(f"{t}={c.get(t, 0)}" for t in PER_HALF))
    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")
