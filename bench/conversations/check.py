#!/usr/bin/env python3
"""Validate conversations-dev.jsonl, conversations-test.jsonl, conversations-dev2.jsonl (ids c-test2-),
conversations-test3.jsonl, conversations-test4.jsonl, conversations-dev3.jsonl, conversations-test5.jsonl,
conversations-test6.jsonl, conversations-test7.jsonl, conversations-test8.jsonl, conversations-test9.jsonl,
conversations-dev4.jsonl (40 rows, its own expected counts), conversations-test10.jsonl (test counts),
conversations-dev5.jsonl (40 rows, dev4's expected counts), conversations-test11.jsonl (test counts),
conversations-dev6.jsonl (40 rows, dev4's expected counts), conversations-test12.jsonl (test counts),
conversations-dev7.jsonl (40 rows, dev4's expected counts), conversations-test13.jsonl (test counts),
conversations-dev8.jsonl (40 rows, dev4's expected counts), conversations-test14.jsonl (test counts) and
conversations-dev9.jsonl (40 rows, dev4's expected counts).

Standard library only. Prints counts and error locations (file, line, field),
never question, history or key-fact text.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
KB_BASE = os.path.join(ROOT, "examples", "support-bot")  # sources are relative to this
FIELDS = ["id", "history", "question", "answerable", "key_facts", "sources", "type", "notes"]
EXPECTED = {"follow-up": 8, "two-back": 4, "topic-change": 4, "property": 4,
            "why": 3, "refused-turn": 3, "unanswerable": 4}
EXPECTED_DEV4 = {"follow-up": 10, "two-back": 5, "topic-change": 6, "property": 5,
                 "why": 4, "refused-turn": 4, "unanswerable": 6}
EXPECTED_BY_PREFIX = {"dev4": EXPECTED_DEV4, "dev5": EXPECTED_DEV4, "dev6": EXPECTED_DEV4,
                      "dev7": EXPECTED_DEV4, "dev8": EXPECTED_DEV4, "dev9": EXPECTED_DEV4}  # every other file: EXPECTED
WHY_ANSWERABLE = {"test2": 1, "test3": 1, "test4": 1, "dev3": 1, "test5": 1, "test6": 1, "test7": 1,
                  "test8": 1, "test9": 1, "dev4": 2, "test10": 1, "dev5": 2, "test11": 1, "dev6": 2,
                  "test12": 1, "dev7": 2, "test13": 1, "dev8": 2,
                  "test14": 1, "dev9": 2}
FILES = [("conversations-dev.jsonl", "dev"), ("conversations-test.jsonl", "test"),
         ("conversations-dev2.jsonl", "test2"),
         ("conversations-test3.jsonl", "test3"),
         ("conversations-test4.jsonl", "test4"),
         ("conversations-dev3.jsonl", "dev3"),
         ("conversations-test5.jsonl", "test5"),
         ("conversations-test6.jsonl", "test6"),
         ("conversations-test7.jsonl", "test7"),
         ("conversations-test8.jsonl", "test8"),
         ("conversations-test9.jsonl", "test9"),  # test2-test9, dev3: same expected counts as test
         ("conversations-dev4.jsonl", "dev4"),  # dev4: EXPECTED_DEV4
         ("conversations-test10.jsonl", "test10"),  # test10: same expected counts as test
         ("conversations-dev5.jsonl", "dev5"),  # dev5: EXPECTED_DEV4
         ("conversations-test11.jsonl", "test11"),  # test11: same expected counts as test
         ("conversations-dev6.jsonl", "dev6"),  # dev6: EXPECTED_DEV4
         ("conversations-test12.jsonl", "test12"),  # test12: same expected counts as test
         ("conversations-dev7.jsonl", "dev7"),  # dev7: EXPECTED_DEV4
         ("conversations-test13.jsonl", "test13"),  # test13: same expected counts as test
         ("conversations-dev8.jsonl", "dev8"),  # dev8: EXPECTED_DEV4
         ("conversations-test14.jsonl", "test14"),  # test14: same expected counts as test
         ("conversations-dev9.jsonl", "dev9")]  # dev9: EXPECTED_DEV4
REFUSAL_HINT = "i can only help with questions about fernway"

_doc_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def load_doc(rel):
    """Return (normalised body, superseded flag) or None if missing."""
    if rel in _doc_cache:
        return _doc_cache[rel]
    path = os.path.normpath(os.path.join(KB_BASE, rel))
    if not rel.startswith("knowledge/") or not rel.endswith(".md") or not os.path.isfile(path):
        _doc_cache[rel] = None
        return None
    text = open(path, encoding="utf-8").read()
    front = ""
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    if m:
        front, text = m.group(1), text[m.end():]
    superseded = bool(re.search(r"^\s*(status\s*:\s*(superseded|deprecated|archived|obsolete)|superseded_by\s*:)",
                                front, re.I | re.M))
    body = text.replace("**", "").replace("__", "")
    _doc_cache[rel] = (norm(body), superseded)
    return _doc_cache[rel]


def check_file(name, prefix, errors):
    path = os.path.join(HERE, name)
    counts = Counter()
    answerable = Counter()
    if not os.path.isfile(path):
        errors.append(f"{name}: missing")
        return counts, answerable, 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    n = 0
    for i, line in enumerate(lines, 1):
        where = f"{name}:{i}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            errors.append(f"{where}: not valid JSON")
            continue
        n += 1
        if not isinstance(r, dict) or list(r.keys()) != FIELDS:
            errors.append(f"{where}: fields not exactly {FIELDS} in order")
            continue
        if r["id"] != f"c-{prefix}-{n:02d}":
            errors.append(f"{where}: id not sequential (expected c-{prefix}-{n:02d})")
        h = r["history"]
        if not isinstance(h, list) or not (2 <= len(h) <= 8) or len(h) % 2:
            errors.append(f"{where}: history must be 1-4 user/assistant pairs")
        else:
            for j, msg in enumerate(h):
                want = "user" if j % 2 == 0 else "assistant"
                if (not isinstance(msg, dict) or list(msg.keys()) != ["role", "content"]
                        or msg["role"] != want or not isinstance(msg["content"], str)
                        or not msg["content"].strip()):
                    errors.append(f"{where}: history[{j}] should be a non-empty {want} message")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{where}: empty question")
        t = r["type"]
        if t not in EXPECTED_BY_PREFIX.get(prefix, EXPECTED):
            errors.append(f"{where}: unknown type")
        counts[t] += 1
        if not isinstance(r["answerable"], bool):
            errors.append(f"{where}: answerable not boolean")
        if t == "unanswerable" and r["answerable"] is not False:
            errors.append(f"{where}: unanswerable type must have answerable false")
        if t not in ("why", "unanswerable") and r["answerable"] is not True:
            errors.append(f"{where}: type {t} must be answerable")
        if t == "refused-turn" and isinstance(h, list):
            if not any(isinstance(m, dict) and m.get("role") == "assistant"
                       and REFUSAL_HINT in str(m.get("content", "")).lower() for m in h):
                errors.append(f"{where}: refused-turn row without a refusal in history")
        if not isinstance(r["notes"], str) or not r["notes"].strip():
            errors.append(f"{where}: empty notes")
        kf, src = r["key_facts"], r["sources"]
        if not isinstance(kf, list) or not isinstance(src, list):
            errors.append(f"{where}: key_facts/sources must be lists")
            continue
        if r["answerable"] is True:
            answerable[t] += 1
            if not (1 <= len(kf) <= 2) or not src:
                errors.append(f"{where}: answerable row needs 1-2 key facts and >=1 source")
            docs = []
            for s in src:
                d = load_doc(s) if isinstance(s, str) else None
                if d is None:
                    errors.append(f"{where}: source #{src.index(s)} does not exist")
                elif d[1]:
                    errors.append(f"{where}: source #{src.index(s)} is superseded")
                else:
                    docs.append(d[0])
            for k, fact in enumerate(kf):
                if not isinstance(fact, str) or not fact.strip():
                    errors.append(f"{where}: key fact #{k} empty")
                elif not any(norm(fact) in body for body in docs):
                    errors.append(f"{where}: key fact #{k} not found in any source")
        else:
            if kf or src:
                errors.append(f"{where}: unanswerable row must have empty key_facts and sources")
    return counts, answerable, n


def main():
    errors = []
    results = {}
    for name, prefix in FILES:
        results[prefix] = check_file(name, prefix, errors)
        counts = results[prefix][0]
        for t, want in EXPECTED_BY_PREFIX.get(prefix, EXPECTED).items():
            if counts.get(t, 0) != want:
                errors.append(f"{name}: type {t} has {counts.get(t, 0)} rows, expected {want}")
        if prefix in WHY_ANSWERABLE and results[prefix][1].get("why", 0) != WHY_ANSWERABLE[prefix]:
            errors.append(f"{name}: type why has {results[prefix][1].get('why', 0)} answerable rows, "
                          f"expected {WHY_ANSWERABLE[prefix]}")
    sets = ("dev", "test", "test2", "test3", "test4", "dev3", "test5", "test6", "test7", "test8", "test9", "dev4", "test10",
            "dev5", "test11", "dev6", "test12", "dev7", "test13", "dev8", "test14", "dev9")
    print(f"{'type':<14}{'dev':>5}{'test':>6}{'total':>7}{'test2':>7}{'test3':>7}{'test4':>7}{'dev3':>6}{'test5':>7}{'test6':>7}{'test7':>7}{'test8':>7}{'test9':>7}{'dev4':>6}"
          f"{'test10':>8}{'dev5':>6}{'test11':>8}{'dev6':>6}{'test12':>8}{'dev7':>6}{'test13':>8}{'dev8':>6}"
          f"{'test14':>8}{'dev9':>6}"
          "   answerable dev/test/test2/test3/test4/dev3/test5/test6/test7/test8/test9/dev4/test10/dev5/test11/dev6"
          "/test12/dev7/test13/dev8/test14/dev9")
    for t in EXPECTED:
        d, te, t2, t3, t4, d3, t5, t6, t7, t8, t9, d4, t10, d5, t11, d6, t12, d7, t13, d8, t14, d9 = (
            results[p][0].get(t, 0) for p in sets)
        ad, at, at2, at3, at4, ad3, at5, at6, at7, at8, at9, ad4, at10, ad5, at11, ad6, at12, ad7, at13, ad8, at14, ad9 = (
            results[p][1].get(t, 0) for p in sets)
        print(f"{t:<14}{d:>5}{te:>6}{d + te:>7}{t2:>7}{t3:>7}{t4:>7}{d3:>6}{t5:>7}{t6:>7}{t7:>7}{t8:>7}{t9:>7}{d4:>6}"
              f"{t10:>8}{d5:>6}{t11:>8}{d6:>6}{t12:>8}{d7:>6}{t13:>8}{d8:>6}{t14:>8}{d9:>6}"
              f"   {ad}/{at}/{at2}/{at3}/{at4}/{ad3}/{at5}/{at6}/{at7}/{at8}/{at9}/{ad4}/{at10}/{ad5}/{at11}/{ad6}"
              f"/{at12}/{ad7}/{at13}/{ad8}/{at14}/{ad9}")
    nd, nt, nt2, nt3, nt4, nd3, nt5, nt6, nt7, nt8, nt9, nd4, nt10, nd5, nt11, nd6, nt12, nd7, nt13, nd8, nt14, nd9 = (
        results[p][2] for p in sets)
    print(f"{'rows':<14}{nd:>5}{nt:>6}{nd + nt:>7}{nt2:>7}{nt3:>7}{nt4:>7}{nd3:>6}{nt5:>7}{nt6:>7}{nt7:>7}{nt8:>7}{nt9:>7}{nd4:>6}"
          f"{nt10:>8}{nd5:>6}{nt11:>8}{nd6:>6}{nt12:>8}{nd7:>6}{nt13:>8}{nd8:>6}{nt14:>8}{nd9:>6}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
