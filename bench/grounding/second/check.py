"""Checks the second grounding corpus (Kestrel Freight handbook) and its question files.

Run: python3 bench/grounding/second/check.py    (exits 1 on any problem)
Adapted from bench/grounding/check.py. It verifies that:
- every file named in `sources` exists and is a current (not superseded) document;
- every key fact occurs in at least one of its sources (case-insensitive, whitespace
  normalised; HTML without tags and entities, DOCX from word/document.xml, JSON from its
  string values, Latin-1 files decoded as Latin-1);
- the Latin-1 files really are Latin-1 (not valid UTF-8), all other text files are UTF-8;
- superseded.txt lists exactly the superseded files, and each has a current counterpart;
- every document has 120-900 words;
- ids are unique and well formed, rows have exactly the seven fields, types are valid,
  answerable matches type, multi rows cite 2-3 sources, steps rows have 2+ key facts;
- each half has at least 30 rows and at least 7 unanswerable + private rows.
"""

import collections
import html
import json
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).parent
DOCS = ROOT / "docs"
HALVES = ("dev", "test")
FIELDS = {"id", "question", "answerable", "key_facts", "sources", "type", "notes"}
TYPES = {"single", "multi", "table", "wording", "superseded", "steps", "unanswerable", "private"}
UNANSWERABLE_TYPES = {"unanswerable", "private"}
LATIN1 = {"zaragoza-notas-centro.txt", "zaragoza-notas-centro-2023.txt", "porto-notas-armazem.txt"}
# superseded -> current; a source must never be a superseded file
SUPERSEDED = {
    "sick-pay-policy-2022.md": "sick-pay-policy.md",
    "travel-subsistence-archived.md": "intranet-travel-subsistence.html",
    "family-leave-policy-old.txt": "family-leave-policy.md",
    "referral-scheme-2023.md": "employee-referral-scheme.md",
    "pension-scheme-2024.md": "pension-scheme.md",
    "zaragoza-notas-centro-2023.txt": "zaragoza-notas-centro.txt",
}
MIN_DOCS, MIN_PER_HALF, MIN_UNANSWERABLE_PER_HALF = 26, 30, 7
MIN_WORDS, MAX_WORDS = 120, 900

problems: list[str] = []
warnings: list[str] = []


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def strip_markup(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def decode(path: pathlib.Path) -> str:
    raw = path.read_bytes()
    if path.name in LATIN1:
        try:
            raw.decode("utf-8")
            problems.append(f"{path.name}: declared Latin-1 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        if not re.search(rb"[\xc0-\xff]", raw):
            problems.append(f"{path.name}: declared Latin-1 but has no accented characters")
        return raw.decode("latin-1")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(f"{path.name}: not valid UTF-8 ({err}); add it to LATIN1 if that is intended")
        return raw.decode("utf-8", errors="replace")


def document_text(path: pathlib.Path) -> str:
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as zf:
            return strip_markup(zf.read("word/document.xml").decode("utf-8"))
    text = decode(path)
    if path.suffix == ".html":
        return strip_markup(text)
    if path.suffix == ".json":
        return "\n".join(json_strings(json.loads(text)))
    return text


def load_docs() -> dict[str, str]:
    docs = {}
    for p in sorted(DOCS.iterdir()):
        if not p.is_file():
            continue
        text = document_text(p)
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"docs/{p.name}: {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        docs[f"docs/{p.name}"] = normalise(text)
    if len(docs) < MIN_DOCS:
        problems.append(f"docs/: {len(docs)} files, need at least {MIN_DOCS}")
    for name in LATIN1:
        if f"docs/{name}" not in docs:
            problems.append(f"LATIN1 names docs/{name}, which does not exist")
    for old, new in SUPERSEDED.items():
        for name in (old, new):
            if f"docs/{name}" not in docs:
                problems.append(f"SUPERSEDED names docs/{name}, which does not exist")
    listed = {line.strip() for line in (ROOT / "superseded.txt").read_text(encoding="utf-8").splitlines() if line.strip()}
    expected = {f"docs/{old}" for old in SUPERSEDED}
    if listed != expected:
        problems.append(f"superseded.txt differs from SUPERSEDED: missing {sorted(expected - listed)}, extra {sorted(listed - expected)}")
    for name, text in docs.items():
        if "status: superseded" in text[:400] and name.removeprefix("docs/") not in SUPERSEDED:
            problems.append(f"{name}: front matter says superseded but it is not in SUPERSEDED")
    return docs


def check_row(where: str, row: dict, docs: dict[str, str]) -> None:
    unknown, missing = set(row) - FIELDS, FIELDS - set(row)
    if unknown or missing:
        problems.append(f"{where}: unknown fields {sorted(unknown)}, missing fields {sorted(missing)}")
        return
    if not isinstance(row["question"], str) or not row["question"].strip():
        problems.append(f"{where}: question must be a non-empty string")
    if row["type"] not in TYPES:
        problems.append(f"{where}: type {row['type']!r} is not one of {sorted(TYPES)}")
    if not isinstance(row["answerable"], bool) or row["answerable"] == (row["type"] in UNANSWERABLE_TYPES):
        problems.append(f"{where}: answerable must be false exactly for types {sorted(UNANSWERABLE_TYPES)}")
    if not isinstance(row["notes"], str) or not row["notes"].strip():
        problems.append(f"{where}: notes must be a non-empty string")
    facts, sources = row["key_facts"], row["sources"]
    if not isinstance(facts, list) or not isinstance(sources, list):
        problems.append(f"{where}: key_facts and sources must be lists")
        return
    if not all(isinstance(x, str) and x.strip() for x in facts + sources):
        problems.append(f"{where}: key_facts and sources must be lists of non-empty strings")
        return
    if row["answerable"] and not (facts and sources):
        problems.append(f"{where}: an answerable question needs key_facts and sources")
    if not row["answerable"] and (facts or sources):
        problems.append(f"{where}: an unanswerable question must have empty key_facts and sources")
    if row["type"] == "multi" and not 2 <= len(sources) <= 3:
        problems.append(f"{where}: a multi question needs 2-3 sources")
    if row["type"] == "steps" and len(facts) < 2:
        problems.append(f"{where}: a steps question needs at least two key facts")
    if len(set(sources)) != len(sources):
        problems.append(f"{where}: duplicate source")
    for src in sources:
        if src not in docs:
            problems.append(f"{where}: source {src} does not exist under bench/grounding/second/")
        elif src.removeprefix("docs/") in SUPERSEDED:
            problems.append(f"{where}: source {src} is superseded; cite docs/{SUPERSEDED[src.removeprefix('docs/')]}")
    for fact in facts:
        if not any(normalise(fact) in docs.get(src, "") for src in sources):
            problems.append(f"{where}: key fact {fact!r} occurs in none of {sources}")
    if row["type"] == "multi":
        used = [s for s in sources if any(normalise(f) in docs.get(s, "") for f in facts)]
        if len(used) < 2:
            problems.append(f"{where}: a multi question's key facts come from fewer than two of its sources")
    if row["type"] == "superseded":
        warn_if_old_version_agrees(where, facts, sources, docs)


def warn_if_old_version_agrees(where: str, facts: list[str], sources: list[str], docs: dict[str, str]) -> None:
    """A superseded question is only useful if an answer copied from the old version fails it."""
    current_to_old = {f"docs/{new}": f"docs/{old}" for old, new in SUPERSEDED.items()}
    olds = [current_to_old[s] for s in sources if s in current_to_old]
    if not olds:
        problems.append(f"{where}: type superseded but no source has a superseded counterpart in SUPERSEDED")
    for old in olds:
        shared = [f for f in facts if normalise(f) in docs.get(old, "")]
        if shared:
            warnings.append(f"{where}: key fact(s) {shared} also occur in {old} (check it is a trap)")


def main() -> int:
    docs = load_docs()
    seen: set[str] = set()
    questions: set[str] = set()
    counts: dict[str, collections.Counter] = {}
    for half in HALVES:
        path = ROOT / f"questions-{half}.jsonl"
        counts[half] = collections.Counter()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{where}: not JSON ({err})")
                continue
            if not isinstance(row, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            rid = row.get("id")
            if not isinstance(rid, str) or not re.fullmatch(rf"s-{half}-\d{{2,}}", rid):
                problems.append(f"{where}: id {rid!r} should look like s-{half}-01")
            elif rid in seen:
                problems.append(f"{where}: duplicate id {rid}")
            seen.add(rid)
            q = normalise(str(row.get("question", "")))
            if q in questions:
                problems.append(f"{where}: duplicate question text")
            questions.add(q)
            check_row(f"{where} ({rid})", row, docs)
            counts[half][row.get("type")] += 1
        total = sum(counts[half].values())
        unanswerable = sum(counts[half][t] for t in UNANSWERABLE_TYPES)
        if total < MIN_PER_HALF or unanswerable < MIN_UNANSWERABLE_PER_HALF:
            problems.append(f"{path.name}: {total} rows ({unanswerable} unanswerable+private); "
                            f"need {MIN_PER_HALF} ({MIN_UNANSWERABLE_PER_HALF})")
    print(f"{len(docs)} documents ({len(SUPERSEDED)} superseded, {len(LATIN1)} Latin-1); questions per type (dev/test):")
    for t in sorted(TYPES):
        print(f"  {t:<13}{counts['dev'][t]:>3} /{counts['test'][t]:>3}")
    print(f"  {'total':<13}{sum(counts['dev'].values()):>3} /{sum(counts['test'].values()):>3}")
    for w in warnings:
        print(f"warning {w}")
    for p in problems:
        print(f"PROBLEM {p}", file=sys.stderr)
    print("clean" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
