#!/usr/bin/env python3
"""Build training/injection/subtle.jsonl: subtle injections and their benign look-alikes.

Hand-written seeds live in seeds_subtle/ (en_retrieved.py, en_user.py, ml.py). Retrieved rows cross a carrier
document with a note (addressee + ask for injections; a note to people or ordinary automation config for the
benign twins) under the same hiding wrappers, so the wrapper and document never give the label away.
Deterministic: re-running gives the same file. Rows whose text already occurs in another
training/injection/*.jsonl are dropped. Written without looking at bench/guardrails or the current detector.
Usage: python3 training/injection/make-subtle.py
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from seeds_subtle import en_retrieved as ER  # noqa: E402
from seeds_subtle import en_user as EU  # noqa: E402
from seeds_subtle.ml import FITS, LANGS  # noqa: E402

RNG = random.Random(20261130)
OUT = HERE / "subtle.jsonl"
LABELS = {"injection", "benign"}
ONS = {"user", "retrieved"}
LANG_CODES = {"en", "fr", "de", "es", "it", "pt", "nl", "zh"}
INJ_CATS = {"indirect", "override", "extraction", "persona"}
BEN_CATS = {"benign-retrieved", "benign-self-revision", "benign-keywords", "benign-roleplay", "benign-builder",
            "benign-discussion"}

N_EN_INDIRECT = 125
N_EN_BENIGN_RETRIEVED = 65
VARIANT_SHARE = 0.45
N_ML_INDIRECT = 6
N_ML_BENIGN_RETRIEVED = 4


def row(text, label, on, category, lang):
    return {"text": text, "label": label, "on": on, "category": category, "lang": lang}


def join_note(addressee, ask):
    """Addressee then ask; after a comma the ask continues the sentence, after a colon it may start lower-case."""
    if addressee.endswith(",") or RNG.random() < 0.5:
        return f"{addressee} {ask}"
    return f"{addressee} {ask[0].upper()}{ask[1:]}"


def embed(carrier, note, wraps):
    return carrier.replace("{note}", RNG.choice(wraps).replace("{t}", note))


def unique_combos(n, make):
    """Call make(i) until n distinct texts were produced (bounded tries so a small seed pool cannot loop)."""
    seen, out = set(), []
    for i in range(n * 20):
        text = make(i)
        if text not in seen:
            seen.add(text)
            out.append(text)
        if len(out) == n:
            break
    return out


def en_retrieved_rows():
    carriers = [c for _, c in ER.CARRIERS]
    kinds = {kind for kind, _ in ER.CARRIERS}

    def inj(i):
        addressee = ER.ADDRESSEES[i % len(ER.ADDRESSEES)]
        while True:  # resample the ask until some carrier fits both it and the addressee
            ask = RNG.choice(ER.ASKS)
            fit = ER.FITS.get(addressee, kinds) & ER.FITS.get(ask, kinds)
            if fit:
                break
        carrier = RNG.choice([c for kind, c in ER.CARRIERS if kind in fit])
        return embed(carrier, join_note(addressee, ask), ER.WRAPS)

    def ben(i):
        return embed(carriers[i % len(carriers)], RNG.choice(ER.BENIGN_NOTES), ER.WRAPS)

    rows = [row(t, "injection", "retrieved", "indirect", "en") for t in unique_combos(N_EN_INDIRECT, inj)]
    rows += [row(t, "injection", "retrieved", "indirect", "en") for t in ER.FULL_INJ]
    rows += [row(t, "benign", "retrieved", "benign-retrieved", "en")
             for t in unique_combos(N_EN_BENIGN_RETRIEVED, ben)]
    rows += [row(t, "benign", "retrieved", "benign-retrieved", "en") for t in ER.FULL_BENIGN]
    return rows


def en_user_rows():
    rows = [row(t, "injection", "user", "override", "en") for t in EU.OVERRIDE]
    rows += [row(t, "injection", "user", "extraction", "en") for t in EU.EXTRACTION]
    rows += [row(t, "injection", "user", "persona", "en") for t in EU.PERSONA]
    rows += [row(t, "benign", "user", cat, "en") for cat, t in EU.BENIGN]
    return rows + [variant(r) for r in rows if RNG.random() < VARIANT_SHARE]


def variant(r):
    """Same seed inside a lead-in/tail from an ordinary request, sometimes lower-cased (casual typing)."""
    text = RNG.choice(EU.LEAD_INS).replace("{s}", r["text"])
    if RNG.random() < 0.3:
        text = text.lower()
    return {**r, "text": text}


def ml_rows(lang, seeds):
    wraps = ["{t}", "<!-- {t} -->", "<span style=\"color:#fff;font-size:1px\">{t}</span>", "[{t}]"]
    sep = "" if lang == "zh" else " "

    every = set(range(len(seeds["carriers"])))

    def inj(i):
        a = i % len(seeds["addr"])
        while True:  # resample the ask until some carrier fits both it and the addressee
            k = RNG.randrange(len(seeds["asks"]))
            fit = FITS[lang]["addr"].get(a, every) & FITS[lang]["asks"].get(k, every)
            if fit:
                break
        note = f"{seeds['addr'][a]}{sep}{seeds['asks'][k]}"
        return embed(seeds["carriers"][RNG.choice(sorted(fit))], note, wraps)

    def ben(i):
        return embed(seeds["carriers"][i % len(seeds["carriers"])], RNG.choice(seeds["benign_notes"]), wraps)

    rows = [row(t, "injection", "retrieved", "indirect", lang) for t in unique_combos(N_ML_INDIRECT, inj)]
    rows += [row(t, "benign", "retrieved", "benign-retrieved", lang) for t in unique_combos(N_ML_BENIGN_RETRIEVED, ben)]
    for cat in ("override", "extraction", "persona"):
        rows += [row(t, "injection", "user", cat, lang) for t in seeds[cat]]
    rows += [row(t, "benign", "user", cat, lang) for cat, t in seeds["benign"]]
    return rows


def existing_texts():
    texts = set()
    for path in HERE.glob("*.jsonl"):
        if path.name == OUT.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(json.loads(line)["text"])
    return texts


def validate(r):
    problems = []
    if not isinstance(r["text"], str) or not r["text"].strip():
        problems.append("empty text")
    if r["label"] not in LABELS or r["on"] not in ONS or r["lang"] not in LANG_CODES:
        problems.append("bad label/on/lang")
    allowed = INJ_CATS if r["label"] == "injection" else BEN_CATS
    if r["category"] not in allowed:
        problems.append(f"category {r['category']} not allowed for {r['label']}")
    if (r["category"] in ("indirect", "benign-retrieved")) != (r["on"] == "retrieved"):
        problems.append("category does not match on")
    return problems


def main():
    rows = en_retrieved_rows() + en_user_rows()
    for lang, seeds in LANGS.items():
        rows += ml_rows(lang, seeds)
    taken, seen, kept = existing_texts(), set(), []
    for r in rows:
        problems = validate(r)
        if problems:
            sys.exit(f"invalid row {r['text'][:60]!r}: {'; '.join(problems)}")
        if r["text"] in taken or r["text"] in seen:
            print(f"skipped duplicate: {r['text'][:60]!r}", file=sys.stderr)
            continue
        seen.add(r["text"])
        kept.append(r)
    RNG.shuffle(kept)
    with OUT.open("w", encoding="utf-8") as f:
        for r in kept:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(kept)} rows to {OUT}")


if __name__ == "__main__":
    main()
