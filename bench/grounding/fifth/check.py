"""Standard-library checker for the fifth grounding corpus (Kilbrannagh Libraries).

Run: python3 /work/notes/fifth/check.py
Checks the documents (word counts, encodings) and both question files (format, key facts,
sources, multi and superseded rules, counts). Exits 1 on any failure.
"""

import html
import json
import pathlib
import re
import sys
import zipfile
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).parent
DOCS = ROOT / "docs"
LATIN1 = {"cnoc-rua-fograi-foirne.txt", "irish-language-scheme-notes.txt"}
# current file -> its superseded version
PAIRS = {
    "docs/time-off-in-lieu.md": "docs/toil-guidelines.md",
    "docs/uniforms-and-dress-code.md": "docs/intranet-uniforms-and-dress.html",
    "docs/sick-leave-procedure.txt": "docs/sick-leave-procedure-v2.txt",
    "docs/volunteer-handbook.docx": "docs/volunteer-guidelines-archived.md",
    "docs/intranet-fees-and-refunds.html": "docs/fees-and-refunds-2023.md",
}
FIELDS = ["id", "question", "answerable", "key_facts", "sources", "type", "notes"]
TYPES = {"single": 8, "multi": 8, "table": 8, "wording": 10, "superseded": 8, "steps": 4,
         "unanswerable": 12, "private": 6}

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

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


def json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def text_of(rel: str) -> str:
    path = ROOT / rel
    name = path.name
    if name.endswith(".html"):
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.parts)
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|</w:tc>", " \n", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    if name.endswith(".json"):
        return "\n".join(json_strings(json.loads(path.read_text(encoding="utf-8"))))
    if name in LATIN1:
        return path.read_bytes().decode("latin-1")
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return " ".join(s.split()).lower()


def word_count(rel: str) -> int:
    path = ROOT / rel
    if path.suffix in (".html", ".docx"):
        return len(text_of(rel).split())
    raw = path.read_bytes().decode("latin-1" if path.name in LATIN1 else "utf-8")
    return len(raw.split())


def check_docs() -> dict[str, str]:
    texts = {}
    for path in sorted(DOCS.iterdir()):
        rel = f"docs/{path.name}"
        if path.suffix != ".docx":
            data = path.read_bytes()
            try:
                data.decode("utf-8")
                valid = True
            except UnicodeDecodeError:
                valid = False
            if path.name in LATIN1 and valid:
                fail(f"{rel}: should be Latin-1 but is valid UTF-8")
            if path.name not in LATIN1 and not valid:
                fail(f"{rel}: not valid UTF-8")
        texts[rel] = norm(text_of(rel))
        n = word_count(rel)
        if not 120 <= n <= 900:
            fail(f"{rel}: {n} words (must be 120-900)")
    return texts


def check_rows(fname: str, prefix: str, texts: dict[str, str], superseded: set[str]) -> dict[str, int]:
    counts: dict[str, int] = {t: 0 for t in TYPES}
    lines = (ROOT / fname).read_text(encoding="utf-8").splitlines()
    if len(lines) != 32:
        fail(f"{fname}: {len(lines)} rows, expected 32")
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            fail(f"{fname}:{n}: does not parse ({e})")
            continue
        where = f"{fname}:{n} {row.get('id')}"
        if list(row) != FIELDS:
            fail(f"{where}: fields {list(row)}")
            continue
        if row["id"] != f"{prefix}{n:02d}":
            fail(f"{where}: id should be {prefix}{n:02d}")
        t = row["type"]
        if t not in TYPES:
            fail(f"{where}: unknown type {t}")
            continue
        counts[t] += 1
        facts, sources = row["key_facts"], row["sources"]
        if t in ("unanswerable", "private"):
            if row["answerable"] is not False or facts or sources:
                fail(f"{where}: {t} rows need answerable false and empty key_facts/sources")
            continue
        if row["answerable"] is not True:
            fail(f"{where}: answerable should be true")
        if not 1 <= len(facts) <= 3 or not sources:
            fail(f"{where}: needs 1-3 key facts and at least one source")
        for s in sources:
            if s in superseded:
                fail(f"{where}: source {s} is superseded")
            if s not in texts:
                fail(f"{where}: source {s} does not exist")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in sources):
                fail(f"{where}: key fact {f!r} not found in its sources")
        if t == "multi":
            if not 2 <= len(sources) <= 3:
                fail(f"{where}: multi row needs 2-3 sources")
            for s in sources:
                if not any(norm(f) in texts.get(s, "") for f in facts):
                    fail(f"{where}: multi source {s} holds none of the key facts")
        if t == "steps" and len(facts) < 2:
            fail(f"{where}: steps row needs 2+ key facts")
        if t == "superseded":
            olds = [PAIRS[s] for s in sources if s in PAIRS]
            if not olds:
                fail(f"{where}: superseded row's source has no old version")
            for f in facts:
                for old in olds:
                    if norm(f) in texts[old]:
                        fail(f"{where}: key fact {f!r} also occurs in old version {old}")
    for t, want in TYPES.items():
        if counts[t] != want // 2:
            fail(f"{fname}: {counts[t]} {t} rows, expected {want // 2}")
    return counts


def main() -> None:
    superseded = set((ROOT / "superseded.txt").read_text(encoding="utf-8").split())
    for s in superseded:
        if not (ROOT / s).exists():
            fail(f"superseded.txt names missing file {s}")
    if set(PAIRS.values()) != superseded:
        fail("PAIRS in check.py and superseded.txt disagree")
    texts = check_docs()
    dev = check_rows("questions-dev.jsonl", "v-dev-", texts, superseded)
    test = check_rows("questions-test.jsonl", "v-test-", texts, superseded)
    print(f"documents: {len(texts)}; words per document {min(word_count(r) for r in texts)}-"
          f"{max(word_count(r) for r in texts)}")
    print("type          dev  test")
    for t in TYPES:
        print(f"{t:<13} {dev[t]:>3} {test[t]:>5}")
    print(f"total         {sum(dev.values()):>3} {sum(test.values()):>5}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
