#!/usr/bin/env python3
"""Sanity checks for the guardrail evaluation data in this folder.

Checks JSON validity, required fields, unique ids, that every PII value is an
exact substring of its text, Luhn for cards, ISO 13616 mod-97 for IBANs, and
that no text appears in both a dev and a test file, and that no injection-dev2
text appears in injection-dev or injection-test. Prints counts.
Usage: python3 check.py
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
INJ_LABELS = {"injection", "benign"}
INJ_ON = {"user", "retrieved"}
LANGS = {"en", "fr", "de", "es", "it", "pt", "nl", "zh"}
PII_TYPES = {"email", "phone", "card", "iban", "ssn", "ip", "secret"}
errors = []

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: invalid JSON: {e}")
    return rows

def luhn(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0

def iban_ok(v):
    v = v.replace(" ", "")
    s = v[4:] + v[:4]
    return v[:2].isalpha() and int("".join(str(int(c, 36)) for c in s)) % 97 == 1

def check_ids(name, rows, prefix):
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1: errors.append(f"{name}: duplicate id {i}")
    for i in ids:
        if not str(i).startswith(prefix): errors.append(f"{name}: bad id {i}")
    for t, c in Counter(r.get("text") for r in rows).items():
        if c > 1: errors.append(f"{name}: duplicate text {t[:60]!r}")

def inj(name, prefix):
    rows = load(name)
    check_ids(name, rows, prefix)
    for r in rows:
        if set(r) != {"id", "text", "label", "on", "category", "lang"}: errors.append(f"{r.get('id')}: keys {sorted(r)}")
        if r.get("label") not in INJ_LABELS: errors.append(f"{r['id']}: label {r.get('label')}")
        if r.get("on") not in INJ_ON: errors.append(f"{r['id']}: on {r.get('on')}")
        if r.get("lang") not in LANGS: errors.append(f"{r['id']}: lang {r.get('lang')}")
        if not isinstance(r.get("text"), str) or not r["text"].strip(): errors.append(f"{r['id']}: empty text")
    lab = Counter(r["label"] for r in rows)
    print(f"\n== {name}: {len(rows)} rows; " + ", ".join(f"{k} {v} ({100*v/len(rows):.0f}%)" for k, v in sorted(lab.items())))
    print("  on:", dict(sorted(Counter(f"{r['on']}/{r['label']}" for r in rows).items())))
    print("  lang:", dict(sorted(Counter(r["lang"] for r in rows).items())), "| non-English:", sum(r["lang"] != "en" for r in rows))
    print("  category:")
    for (lbl, cat), c in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
        print(f"    {lbl:9} {cat:22} {c}")
    return rows

def pii(name, prefix):
    rows = load(name)
    check_ids(name, rows, prefix)
    types = Counter()
    for r in rows:
        if set(r) != {"id", "text", "pii"}: errors.append(f"{r.get('id')}: keys {sorted(r)}")
        for p in r.get("pii", []):
            t, v = p.get("type"), p.get("value")
            types[t] += 1
            if t not in PII_TYPES: errors.append(f"{r['id']}: type {t}")
            if not v or v not in r["text"]: errors.append(f"{r['id']}: value not in text: {v!r}")
            if t == "card":
                d = "".join(c for c in v if c.isdigit())
                if not (13 <= len(d) <= 19 and luhn(d)): errors.append(f"{r['id']}: card fails Luhn: {v}")
            if t == "iban" and not iban_ok(v): errors.append(f"{r['id']}: IBAN fails mod-97: {v}")
    with_pii = sum(1 for r in rows if r["pii"])
    print(f"\n== {name}: {len(rows)} rows; with PII {with_pii} ({100*with_pii/len(rows):.0f}%), without {len(rows)-with_pii}; spans {sum(types.values())}")
    print("  spans per type:", dict(sorted(types.items())))
    print("  rows per type:", dict(sorted(Counter(t for r in rows for t in {p['type'] for p in r['pii']}).items())))
    return rows

idev = inj("injection-dev.jsonl", "inj-dev-")
itest = inj("injection-test.jsonl", "inj-test-")
idev2 = inj("injection-dev2.jsonl", "inj-dev2-")
pdev = pii("pii-dev.jsonl", "pii-dev-")
ptest = pii("pii-test.jsonl", "pii-test-")
for a, b, n in [(idev, itest, "injection"), (pdev, ptest, "pii")]:
    for t in {r["text"] for r in a} & {r["text"] for r in b}:
        errors.append(f"{n}: text in both dev and test: {t[:60]!r}")
# dev2 was written blind to dev and test: name only the dev2 id, never the other file's text.
for r in idev2:
    for other, n in [(idev, "injection-dev"), (itest, "injection-test")]:
        if r["text"] in {o["text"] for o in other}:
            errors.append(f"{r['id']}: text also in {n}")
vals = lambda rows: {p["value"] for r in rows for p in r["pii"]}
for v in vals(pdev) & vals(ptest):
    errors.append(f"pii: value in both dev and test: {v!r}")
print()
if errors:
    print(f"{len(errors)} ERROR(S):"); print("\n".join(errors)); sys.exit(1)
print("all checks passed")
