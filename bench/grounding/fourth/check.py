"""Checks the fourth grounding corpus (standard library only).

Run: python3 check.py   (from /work/notes/fourth or anywhere)
"""

import collections
import json
import pathlib
import re
import sys
import zipfile
from html import unescape
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parent
DOCS = ROOT / "docs"
FIELDS = ["id", "question", "answerable", "key_facts", "sources", "type", "notes"]
COUNTS = {"single": 8, "multi": 8, "table": 8, "wording": 10, "superseded": 8,
          "steps": 4, "unanswerable": 12, "private": 6}
LATIN1 = {"bureau-montreal.txt", "bureau-montreal-2025.txt"}
# current file -> superseded file holding the older figures
PAIRS = {
    "intranet-travel-and-per-diem.html": "travel-and-expense-policy-2023.md",
    "expense-reporting-how-to.md": "travel-and-expense-policy-2023.md",
    "intranet-on-call-and-overtime.html": "intranet-on-call-pay.html",
    "remote-work-policy.md": "remote-work-guidelines.md",
    "parental-leave-policy.md": "parental-leave-policy-v2.md",
    "bureau-montreal.txt": "bureau-montreal-2025.txt",
}

errors = []


def err(msg):
    errors.append(msg)


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


def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from json_strings(v)


def doc_text(name):
    path = DOCS / name
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
        return unescape(re.sub(r"<[^>]+>", "", xml))
    raw = path.read_bytes()
    text = raw.decode("latin-1") if name in LATIN1 else raw.decode("utf-8")
    if name.endswith(".html"):
        parser = _Text()
        parser.feed(text)
        return "".join(parser.parts)
    if name.endswith(".json"):
        return "\n".join(json_strings(json.loads(text)))
    return text


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---- documents -------------------------------------------------------------
names = sorted(p.name for p in DOCS.iterdir() if p.is_file())
texts = {}
for name in names:
    try:
        texts[name] = doc_text(name)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: cannot read ({e})")
if not 28 <= len(names) <= 32:
    err(f"expected 28-32 documents, found {len(names)}")
word_counts = {n: len(re.findall(r"\w+", t)) for n, t in texts.items()}
for n, w in word_counts.items():
    if not 120 <= w <= 900:
        err(f"{n}: {w} words (want 120-900)")
for name in names:
    if name.endswith(".docx"):
        continue
    raw = (DOCS / name).read_bytes()
    try:
        raw.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    if name in LATIN1 and valid:
        err(f"{name}: should be Latin-1 but is valid UTF-8")
    if name not in LATIN1 and not valid:
        err(f"{name}: not valid UTF-8")
for name in LATIN1:
    if name not in texts:
        err(f"missing Latin-1 file {name}")
    elif not re.search(r"[éèàç]", texts[name]):
        err(f"{name}: no accented characters")

superseded = [l.strip() for l in (ROOT / "superseded.txt").read_text().splitlines() if l.strip()]
sup_names = set()
for s in superseded:
    if not s.startswith("docs/") or s[5:] not in texts:
        err(f"superseded.txt: unknown file {s}")
    sup_names.add(s[5:])
for cur, old in PAIRS.items():
    if old not in sup_names:
        err(f"pair {cur} -> {old}: old file not in superseded.txt")
    if cur in sup_names:
        err(f"pair {cur}: current file listed as superseded")
org = (ROOT / "org.txt").read_text().strip()
if not org or "\n" in org:
    err("org.txt must hold one line")

# ---- questions -------------------------------------------------------------
type_counts = {"dev": collections.Counter(), "test": collections.Counter()}
seen_ids = set()
for half in ("dev", "test"):
    path = ROOT / f"questions-{half}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != 32:
        err(f"{path.name}: {len(lines)} rows (want 32)")
    for i, line in enumerate(lines, 1):
        where = f"{path.name}:{i}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: does not parse ({e})")
            continue
        if list(row) != FIELDS:
            err(f"{where}: fields {list(row)}")
            continue
        rid = row["id"]
        if not re.fullmatch(rf"f-{half}-\d\d", rid) or rid in seen_ids:
            err(f"{where}: bad or duplicate id {rid}")
        seen_ids.add(rid)
        typ = row["type"]
        if typ not in COUNTS:
            err(f"{where}: unknown type {typ}")
            continue
        type_counts[half][typ] += 1
        facts, sources = row["key_facts"], row["sources"]
        if typ in ("unanswerable", "private"):
            if row["answerable"] is not False or facts or sources:
                err(f"{where}: {typ} row must have answerable false and empty facts/sources")
            continue
        if row["answerable"] is not True:
            err(f"{where}: answerable should be true")
        if not 1 <= len(facts) <= 3 or not sources:
            err(f"{where}: needs 1-3 key facts and at least one source")
        if typ == "steps" and len(facts) < 2:
            err(f"{where}: steps row needs 2+ key facts")
        if typ == "multi" and not 2 <= len(sources) <= 3:
            err(f"{where}: multi row needs 2-3 sources")
        bad = False
        for s in sources:
            n = s[5:] if s.startswith("docs/") else None
            if n is None or n not in texts:
                err(f"{where}: unknown source {s}")
                bad = True
            elif n in sup_names:
                err(f"{where}: source {s} is superseded")
        if bad:
            continue
        src_text = {s: norm(texts[s[5:]]) for s in sources}
        for f in facts:
            if not any(norm(f) in t for t in src_text.values()):
                err(f"{where}: key fact {f!r} not found in {sources}")
        if typ == "multi":
            for s, t in src_text.items():
                if not any(norm(f) in t for f in facts):
                    err(f"{where}: multi source {s} holds none of the key facts")
        if typ == "superseded":
            olds = [PAIRS[s[5:]] for s in sources if s[5:] in PAIRS]
            if not olds:
                err(f"{where}: superseded row's source has no old version in PAIRS")
            for old in olds:
                for f in facts:
                    if norm(f) in norm(texts[old]):
                        err(f"{where}: key fact {f!r} also appears in old version {old}")
for half in ("dev", "test"):
    for typ, want in COUNTS.items():
        if type_counts[half][typ] != want // 2:
            err(f"questions-{half}.jsonl: {type_counts[half][typ]} {typ} rows (want {want // 2})")

# ---- report ----------------------------------------------------------------
by_ext = collections.Counter(("latin-1 txt" if n in LATIN1 else n.rsplit(".", 1)[1]) for n in names)
print(f"org: {org}")
print(f"documents: {len(names)} ({', '.join(f'{k} {v}' for k, v in sorted(by_ext.items()))}); "
      f"words {min(word_counts.values())}-{max(word_counts.values())}")
print(f"superseded: {len(sup_names)}")
for half in ("dev", "test"):
    print(f"{half}: {sum(type_counts[half].values())} rows "
          + " ".join(f"{t}={type_counts[half][t]}" for t in COUNTS))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
