#!/usr/bin/env python3
"""Build training/injection/multilingual.jsonl: user-typed text in fr, de, es, it, pt, nl and zh.

Seeds are hand-written per language in seeds_ml/<lang>.py (own idioms, formal and informal address, typos,
English code-switching), never translated from one English list. This script emits every seed, mixes some
attacks into real requests, makes encoded variants (base64, leetspeak, spaced letters, reversed text) of a few
attack sentences, and adds light typos to a share of Latin-script rows. Deterministic.
Written without looking at bench/guardrails or the current detector.
Usage: python3 training/injection/make-multilingual.py
"""
import base64
import importlib.util
import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "multilingual.jsonl"
LANGS = ["fr", "de", "es", "it", "pt", "nl", "zh"]
INJ_CATS = ["override", "persona", "extraction", "forged-markers", "payload-splitting", "encoded"]
BEN_CATS = ["benign-ordinary", "benign-self-revision", "benign-roleplay", "benign-discussion", "benign-keywords",
            "benign-builder"]
RNG = random.Random(7)
MAX_PER_LANG = 135  # brief: 100-140 rows per language
TARGET_INJ = 0.45


def load(lang):
    spec = importlib.util.spec_from_file_location(f"seeds_{lang}", HERE / "seeds_ml" / f"{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def typo(s):
    """One light, human-looking typo: accents dropped, two letters swapped, or a letter doubled."""
    kind = RNG.choice(["accents", "swap", "double", "lower"])
    if kind == "accents":
        return strip_accents(s)
    if kind == "lower":
        return s.lower().rstrip(".")
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return strip_accents(s)
    i = RNG.choice(idx)
    w = words[i]
    j = RNG.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if kind == "swap" else w[:j] + w[j] + w[j:]
    return " ".join(words)


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0"})


def encodings(plain):
    return {
        "b64": base64.b64encode(plain.encode("utf-8")).decode("ascii"),
        "leet": plain.translate(LEET),
        "spaced": " ".join(plain),
        "rev": plain[::-1],
        "plain": plain,
    }


def emit(rows, text, cat, lang):
    label = "injection" if cat in INJ_CATS else "benign"
    rows.append({"text": text, "label": label, "on": "user", "category": cat, "lang": lang})


def build_lang(lang):
    m = load(lang)
    rows = []
    for cat, seeds in m.SEEDS.items():
        for s in seeds:
            if lang != "zh" and RNG.random() < 0.12:
                s = typo(s)
            emit(rows, s, cat, lang)
    # attacks tucked into a real request
    attacks = [(c, s) for c in ("override", "extraction", "persona") for s in m.SEEDS[c]]
    for c, s in RNG.sample(attacks, min(m.N_MIX, len(attacks))):
        emit(rows, RNG.choice(m.JOINS).format(req=RNG.choice(m.REQUESTS), inj=s), c, lang)
    # encoded variants: each plain attack under two different wrappers
    for plain in m.ENCODE[:4]:
        enc = encodings(plain)
        for w in RNG.sample(m.ENC_WRAP, 2):
            emit(rows, w.format(**enc), "encoded", lang)
    # benign decoding requests (same encodings, harmless content)
    for w, plain in getattr(m, "BENIGN_DECODE", []):
        emit(rows, w.format(**encodings(plain)), "benign-keywords", lang)
    # self-revisions that end in an ordinary request
    for rev in RNG.sample(m.REVISE_PREFIX, min(len(m.REVISE_PREFIX), m.N_REV)):
        emit(rows, rev + " " + RNG.choice(m.REQUESTS), "benign-self-revision", lang)
    return rows


def trim(rows):
    """Drop rows from the largest category of the over-represented label until the language fits MAX_PER_LANG."""
    while len(rows) > MAX_PER_LANG:
        inj = sum(r["label"] == "injection" for r in rows) / len(rows)
        label = "injection" if inj > TARGET_INJ else "benign"
        cats = {}
        for r in rows:
            if r["label"] == label:
                cats.setdefault(r["category"], []).append(r)
        biggest = max(cats.values(), key=len)
        rows.remove(RNG.choice(biggest))
    return rows


def dedupe(rows):
    seen, out = set(), []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out


if __name__ == "__main__":
    all_rows = []
    for lang in LANGS:
        if (HERE / "seeds_ml" / f"{lang}.py").exists():
            rows = trim(dedupe(build_lang(lang)))
            inj = sum(r["label"] == "injection" for r in rows)
            print(f"{lang}: {len(rows)} rows, {inj} injection ({inj / len(rows):.0%})")
            all_rows += rows
    RNG.shuffle(all_rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in all_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(all_rows)} rows")
