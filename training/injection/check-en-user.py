#!/usr/bin/env python3
"""Check en-user.jsonl: every line parses, fields and values come from the allowed sets; print counts."""

import json
import sys
from collections import Counter
from pathlib import Path

INJECTION = {"override", "persona", "extraction", "forged-markers", "payload-splitting", "encoded"}
BENIGN = {"benign-discussion", "benign-self-revision", "benign-roleplay", "benign-builder",
          "benign-keywords", "benign-encoded", "benign-ordinary"}
FIELDS = {"text", "label", "on", "category", "lang"}


def check(path):
    errors, counts, texts = [], Counter(), set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
            continue
        if set(row) != FIELDS:
            errors.append(f"line {n}: fields {sorted(row)}, expected {sorted(FIELDS)}")
            continue
        allowed = INJECTION if row["label"] == "injection" else BENIGN if row["label"] == "benign" else set()
        if row["category"] not in allowed:
            errors.append(f"line {n}: category {row['category']!r} not allowed with label {row['label']!r}")
        if row["on"] != "user" or row["lang"] != "en":
            errors.append(f"line {n}: on/lang must be user/en")
        if not isinstance(row["text"], str) or not row["text"].strip():
            errors.append(f"line {n}: empty text")
        if row["text"] in texts:
            errors.append(f"line {n}: duplicate text")
        texts.add(row["text"])
        counts[(row["label"], row["category"])] += 1
    return errors, counts


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "en-user.jsonl"
    errors, counts = check(path)
    total = sum(counts.values())
    for (label, cat), c in sorted(counts.items()):
        print(f"{label:9} {cat:22} {c:5}")
    inj = sum(c for (label, _), c in counts.items() if label == "injection")
    print(f"total {total}, injection {inj} ({100 * inj / max(total, 1):.1f}%)")
    for e in errors[:20]:
        print(e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
