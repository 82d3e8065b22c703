#!/usr/bin/env python3
"""Check every line of retrieved.jsonl and multilingual.jsonl: valid JSON, allowed fields and values, no duplicates.
Prints counts per file, label, category and language. Exit code 1 on the first kind of error found.
Usage: python3 training/injection/validate-ml.py
"""
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
LANGS = {"en", "fr", "de", "es", "it", "pt", "nl", "zh"}
FIELDS = {"text", "label", "on", "category", "lang"}
INJ = {"indirect", "override", "persona", "extraction", "forged-markers", "payload-splitting", "encoded"}
BEN = {"benign-retrieved", "benign-ordinary", "benign-self-revision", "benign-roleplay", "benign-discussion",
       "benign-keywords", "benign-builder"}
EXPECT_ON = {"retrieved.jsonl": "retrieved", "multilingual.jsonl": "user"}


def check(name):
    errors, rows, seen = [], [], set()
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{n}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        if set(r) != FIELDS:
            errors.append(f"{where}: fields {sorted(r)} (want {sorted(FIELDS)})")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"{where}: empty text")
        if r["label"] not in ("injection", "benign"):
            errors.append(f"{where}: label {r['label']!r}")
        if r["on"] != EXPECT_ON[name]:
            errors.append(f"{where}: on {r['on']!r} (want {EXPECT_ON[name]!r})")
        if r["lang"] not in LANGS:
            errors.append(f"{where}: lang {r['lang']!r}")
        if (r["label"] == "injection" and r["category"] not in INJ) or (r["label"] == "benign" and r["category"] not in BEN):
            errors.append(f"{where}: category {r['category']!r} does not fit label {r['label']!r}")
        if r["text"] in seen:
            errors.append(f"{where}: duplicate text")
        seen.add(r["text"])
        rows.append(r)
    return rows, errors


def report(name, rows):
    inj = sum(r["label"] == "injection" for r in rows)
    print(f"{name}: {len(rows)} rows, {inj} injection ({inj / len(rows):.0%})")
    for key in ("category", "lang"):
        c = collections.Counter(r[key] for r in rows)
        print(f"  by {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    failed = False
    for name in EXPECT_ON:
        rows, errors = check(name)
        for e in errors[:20]:
            print(e, file=sys.stderr)
        failed |= bool(errors)
        report(name, rows)
    sys.exit(1 if failed else 0)
