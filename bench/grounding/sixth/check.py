#!/usr/bin/env python3
"""Check the sixth corpus: documents, superseded list and both question halves (standard library only)."""
import html
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
LATIN1 = {"docs/yul-avis-au-personnel.txt"}
FIELDS = ["id", "question", "answerable", "key_facts", "sources", "type", "notes"]
TYPES = {"single": 4, "multi": 4, "table": 4, "wording": 5, "superseded": 4,
         "steps": 2, "unanswerable": 6, "private": 3}
# current file -> its older version
PAIRS = {
    "docs/overtime-and-callout.md": "docs/overtime-and-callout-v3.md",
    "docs/sick-leave-and-absence.txt": "docs/absence-reporting.txt",
    "docs/intranet-staff-travel.html": "docs/staff-travel-archive.html",
    "docs/intranet-uniform-and-ppe.html": "docs/uniform-points-memo-2023.txt",
    "docs/vacation-bidding.md": "docs/vacation-bidding-2025.md",
}


def json_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from json_strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from json_strings(x)


def text_of(rel):
    p = ROOT / rel
    if p.suffix == ".docx":
        with zipfile.ZipFile(p) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|</w:tc>", " ", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    raw = p.read_bytes()
    s = raw.decode("latin-1") if rel in LATIN1 else raw.decode("utf-8")
    if p.suffix == ".html":
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        return html.unescape(re.sub(r"<[^>]+>", " ", s))
    if p.suffix == ".json":
        return "\n".join(json_strings(json.loads(s)))
    return s


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errors = []
    docs = sorted("docs/" + p.name for p in DOCS.iterdir() if p.is_file())
    texts = {d: text_of(d) for d in docs}
    ntexts = {d: norm(t) for d, t in texts.items()}

    # documents
    words = {d: len(t.split()) for d, t in texts.items()}
    for d, n in words.items():
        if not 120 <= n <= 900:
            errors.append(f"{d}: {n} words (want 120-900)")
    for d in docs:
        if d.endswith(".docx"):
            continue
        raw = (ROOT / d).read_bytes()
        try:
            raw.decode("utf-8")
            ok = True
        except UnicodeDecodeError:
            ok = False
        if d in LATIN1 and ok:
            errors.append(f"{d}: should not be valid UTF-8")
        if d not in LATIN1 and not ok:
            errors.append(f"{d}: not valid UTF-8")
    for d in LATIN1:
        if not re.search(r"[\u00c0-\u00ff]", texts[d]):
            errors.append(f"{d}: no accented characters")
    with zipfile.ZipFile(DOCS / "lead-hand-development-program.docx") as z:
        doc_xml = z.read("word/document.xml").decode()
        sty = z.read("word/styles.xml").decode()
    for s in ("Heading1", "Heading2"):
        if f'w:styleId="{s}"' not in sty or f'w:val="{s}"' not in doc_xml:
            errors.append(f"docx: style {s} not defined or not used")
    if "<w:tbl>" not in doc_xml:
        errors.append("docx: no table")

    superseded = [l.strip() for l in (ROOT / "superseded.txt").read_text().splitlines() if l.strip()]
    for s in superseded:
        if s not in texts:
            errors.append(f"superseded.txt: {s} missing")
    if sorted(superseded) != sorted(PAIRS.values()):
        errors.append("superseded.txt does not match PAIRS")

    # questions
    counts = {}
    ids = set()
    for half in ("dev", "test"):
        path = ROOT / f"questions-{half}.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        c = Counter()
        for i, line in enumerate(lines, 1):
            where = f"{path.name}:{i}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if list(row) != FIELDS:
                errors.append(f"{where}: fields {list(row)}")
                continue
            rid, t = row["id"], row["type"]
            if rid != f"x-{half}-{i:02d}":
                errors.append(f"{where}: id {rid}")
            if rid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(rid)
            if t not in TYPES:
                errors.append(f"{where}: type {t}")
                continue
            c[t] += 1
            facts, srcs = row["key_facts"], row["sources"]
            if t in ("unanswerable", "private"):
                if row["answerable"] is not False or facts or srcs:
                    errors.append(f"{rid}: {t} row must be answerable false with no facts/sources")
                continue
            if row["answerable"] is not True or not 1 <= len(facts) <= 3 or not srcs:
                errors.append(f"{rid}: answerable row needs true, 1-3 facts and sources")
                continue
            for s in srcs:
                if s not in texts:
                    errors.append(f"{rid}: source {s} not found")
                if s in superseded:
                    errors.append(f"{rid}: source {s} is superseded")
            srcs = [s for s in srcs if s in texts]
            for f in facts:
                if not any(norm(f) in ntexts[s] for s in srcs):
                    errors.append(f"{rid}: fact {f!r} not in its sources")
            if t == "multi":
                if not 2 <= len(srcs) <= 3:
                    errors.append(f"{rid}: multi needs 2-3 sources")
                for s in srcs:
                    if not any(norm(f) in ntexts[s] for f in facts):
                        errors.append(f"{rid}: multi source {s} holds no fact")
            if t == "steps" and len(facts) < 2:
                errors.append(f"{rid}: steps needs 2+ facts")
            if t == "superseded":
                olds = [PAIRS[s] for s in srcs if s in PAIRS]
                if not olds:
                    errors.append(f"{rid}: superseded row's source has no older version")
                for f in facts:
                    for o in olds:
                        if norm(f) in ntexts[o]:
                            errors.append(f"{rid}: fact {f!r} also in old version {o}")
        if len(lines) != 32:
            errors.append(f"{path.name}: {len(lines)} rows (want 32)")
        for t, n in TYPES.items():
            if c[t] != n:
                errors.append(f"{path.name}: {c[t]} {t} rows (want {n})")
        counts[half] = c

    print(f"documents: {len(docs)} ({min(words.values())}-{max(words.values())} words)")
    by_ext = Counter(Path(d).suffix for d in docs)
    print("formats: " + ", ".join(f"{k[1:]} {v}" for k, v in sorted(by_ext.items())))
    print(f"superseded files: {len(superseded)}")
    for half in ("dev", "test"):
        print(f"{half}: " + ", ".join(f"{t} {counts[half][t]}" for t in TYPES) + f" (total {sum(counts[half].values())})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
