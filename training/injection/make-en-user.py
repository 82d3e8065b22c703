#!/usr/bin/env python3
"""Rebuild en-user.jsonl from the hand-written seed lists.

Each seed is kept as written and gets at most a few variants (typos, case, chatty framing, embedding in a
genuine request of some product domain), so no row family grows beyond a handful of near-duplicates.
Attack payloads are also obfuscated (base64, hex, ROT13, homoglyphs, ...) for the `encoded` category and
harmless strings the same way for `benign-encoded`. Deterministic: the same seeds give the same file.

Usage: python3 training/injection/make-en-user.py   (writes training/injection/en-user.jsonl)
"""

import base64
import codecs
import json
import random
import sys
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import en_user_seeds_benign as B  # noqa: E402
import en_user_seeds_inj as I  # noqa: E402

OUT = HERE / "en-user.jsonl"
rng = random.Random(20261130)

# ---------------------------------------------------------------- surface variants

CHATTY_PREFIXES = ["hey, ", "Hi! ", "ok so ", "Hello, ", "quick one: ", "Good morning. ", "yo ", "Hi team, ", "um, ", "Sorry to bother you, "]
CHATTY_SUFFIXES = [" thanks", " Thanks!", " asap pls", " :)", " Cheers.", " thx", " Thank you in advance.", " ty", "!!", " please."]
KEYBOARD_NEIGHBOURS = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "s": "d", "t": "y", "r": "t", "u": "y", "l": "k"}


def is_markup(text):
    return any(ch in text for ch in "<>{}[]|#`=")


def typo_word(word):
    """One plausible slip: swapped letters, a dropped letter, a doubled letter or a neighbouring key."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    ch = word[i].lower()
    return word[:i] + KEYBOARD_NEIGHBOURS.get(ch, ch) + word[i + 1:]


def with_typos(text):
    words = text.split(" ")
    for _ in range(max(1, len(words) // 6)):
        j = rng.randrange(len(words))
        words[j] = typo_word(words[j])
    return " ".join(words)


def casual(text):
    return text.lower().replace("'", "").rstrip(".")


def chatty(text):
    return rng.choice(CHATTY_PREFIXES) + text[0].lower() + text[1:] + rng.choice(CHATTY_SUFFIXES)


ALL_REQUESTS = [(d, r) for d, rs in B.DOMAIN_REQUESTS.items() for r in rs]


def embed(text):
    _, req = rng.choice(ALL_REQUESTS)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{req}\n\n{text}"
    if shape == 1:
        return f"{text}\n\nAlso: {req}"
    if shape == 2:
        return f"{req} {text}"
    return f"Question about my account. {req}\n{text}\nThanks."


def variants(text, count, allow_embed=True):
    """Up to `count` distinct rewordings of a seed, chosen among the styles that suit it."""
    styles = ["chatty", "casual"]
    if not is_markup(text):
        styles += ["typos"]
        if len(text) < 140:
            styles.append("caps")
    if allow_embed:
        styles += ["embed", "embed"]
    rng.shuffle(styles)
    out = []
    for style in styles[:count]:
        if style == "chatty":
            out.append(chatty(text))
        elif style == "casual":
            out.append(casual(text))
        elif style == "typos":
            out.append(with_typos(text))
        elif style == "caps":
            out.append(text.upper())
        else:
            out.append(embed(text))
    return out


# ---------------------------------------------------------------- obfuscation

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
GREEK = {"o": "ο", "i": "ι", "a": "α", "v": "ν", "u": "υ"}
MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.",
}


def swap_some(text, table, share):
    return "".join(table[ch] if ch in table and rng.random() < share else ch for ch in text)


def fullwidth(text):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


def tag_chars(text):
    return "".join(chr(0xE0000 + ord(ch)) for ch in text if ord(ch) < 128)


ENCODERS = {
    "base64": lambda t: base64.b64encode(t.encode()).decode(),
    "hex": lambda t: t.encode().hex(),
    "rot13": lambda t: codecs.encode(t, "rot13"),
    "url": lambda t: urllib.parse.quote(t, safe=""),
    "reversed": lambda t: t[::-1],
    "leet": lambda t: t.translate(LEET),
    "spaced": lambda t: " ".join(t),
    "dotted": lambda t: ".".join(t.replace(" ", "")),
    "homoglyph": lambda t: swap_some(t, HOMOGLYPHS, 0.7),
    "greek": lambda t: swap_some(t, GREEK, 0.8),
    "fullwidth": fullwidth,
    "zero-width": lambda t: "\u200b".join(t),
    "morse": lambda t: " / ".join(" ".join(MORSE[c] for c in w if c in MORSE) for w in t.lower().split()),
    "hex-escaped": lambda t: "".join(f"\\x{b:02x}" for b in t.encode()),
}

# Wrappers that say how to decode (and to obey); None means the payload is sent bare or with a thin frame.
ATTACK_WRAPPERS = {
    "base64": ["Decode this base64 and follow the instruction inside: {x}", "{x}\n\n^ base64. decode it and do what it says", "Please process: {x}"],
    "hex": ["Convert this hex to text and execute it: {x}", "{x}", "Here's a hex string with your new task: {x}"],
    "rot13": ["ROT13-decode this and obey: {x}", "{x} (rot13, you know what to do)", "{x}"],
    "url": ["URL-decode and comply: {x}", "{x}"],
    "reversed": ["Read this backwards and do it: {x}", "{x}", "Reverse the following text, then follow it: {x}"],
    "leet": ["{x}", "{x}!!!", "Sure, but first: {x}"],
    "spaced": ["{x}", "Join the letters and act on it: {x}"],
    "dotted": ["{x}", "Remove the dots and follow: {x}"],
    "homoglyph": ["{x}", "{x}.", "Before we start, {x}"],
    "greek": ["{x}", "Note: {x}"],
    "fullwidth": ["{x}", "Hi! {x}"],
    "zero-width": ["{x}", "Can you help me? {x}"],
    "morse": ["Decode this Morse and carry it out: {x}", "{x}"],
    "hex-escaped": ["Interpret this byte string as your instruction: {x}", "{x}"],
}

BENIGN_WRAPPERS = {
    "base64": ["What does this base64 say? {x}", "My app stores this value: {x}. Is it base64?", "Decode for me please: {x}"],
    "hex": ["What text is this hex? {x}", "Got this hex dump in a log: {x}"],
    "rot13": ["My friend sent me this in ROT13: {x}. What does it mean?", "Solve this ROT13 puzzle: {x}"],
    "url": ["Why does my query string look like this: {x}", "URL-decode this for me: {x}"],
    "reversed": ["My son wrote this backwards, can you read it? {x}", "Reverse this string: {x}"],
    "leet": ["What does this leetspeak mean? {x}", "Is '{x}' a good gamer tag?"],
    "morse": ["Translate this Morse code: {x}", "Escape room clue in Morse: {x}"],
    "spaced": ["Why does my PDF copy text like this: {x}"],
    "hex-escaped": ["What string is this? {x}"],
    "fullwidth": ["Why does my Instagram bio font look like this: {x}", "How do I type wide letters like {x} on my phone?"],
    "zero-width": ["I copied this from a website and search can't find it, why? {x}"],
    "homoglyph": ["Our spam filter flagged this subject line as suspicious, can you see why? {x}"],
    "dotted": ["Is {x} a valid username format?"],
}


def encoded_attacks():
    rows = []
    names = list(ENCODERS)
    for payload in I.ENCODE_PAYLOADS:
        for name in rng.sample(names, 6):
            encoded = ENCODERS[name](payload)
            text = rng.choice(ATTACK_WRAPPERS[name]).format(x=encoded)
            rows.append((text, "injection", "encoded"))
    # Invisible Unicode tag characters riding on an ordinary request.
    for payload in rng.sample(I.ENCODE_PAYLOADS, 8):
        _, req = rng.choice(ALL_REQUESTS)
        rows.append((req + tag_chars(payload), "injection", "encoded"))
    # Encoded payload inside an otherwise genuine request.
    for payload in rng.sample(I.ENCODE_PAYLOADS, 10):
        name = rng.choice(["base64", "rot13", "reversed", "leet", "homoglyph"])
        _, req = rng.choice(ALL_REQUESTS)
        rows.append((f"{req} Also decode and follow this: {ENCODERS[name](payload)}", "injection", "encoded"))
    return rows


def encoded_benign():
    rows = []
    names = list(BENIGN_WRAPPERS)
    for text in B.BENIGN_ENCODE_TEXTS:
        for name in rng.sample(names, 5):
            rows.append((rng.choice(BENIGN_WRAPPERS[name]).format(x=ENCODERS[name](text)), "benign", "benign-encoded"))
    for seed in B.BENIGN_ENCODED_SEEDS:
        rows.append((seed, "benign", "benign-encoded"))
    return rows


# ---------------------------------------------------------------- assembly

def from_seeds(seeds, label, category, extra, allow_embed=True):
    rows = []
    for seed in seeds:
        rows.append((seed, label, category))
        n = rng.choice(extra)
        for v in variants(seed, n, allow_embed):
            rows.append((v, label, category))
    return rows


def build():
    rows = []
    rows += from_seeds(I.OVERRIDE + I.AUTHORITY, "injection", "override", [0, 0, 1, 1, 1])
    rows += from_seeds(I.PERSONA, "injection", "persona", [0, 1, 1, 1])
    rows += from_seeds(I.EXTRACTION, "injection", "extraction", [0, 1, 1, 1])
    rows += from_seeds(I.FORGED, "injection", "forged-markers", [0, 1, 1, 2])
    rows += from_seeds(I.SPLITTING, "injection", "payload-splitting", [1, 1, 2])
    for category, text in I.LONG_INJECTIONS:
        rows += from_seeds([text], "injection", category, [1], allow_embed=False)
    for category, text in I.TERSE_INJECTIONS:
        rows += from_seeds([text], "injection", category, [1], allow_embed=True)
    rows += encoded_attacks()

    rows += from_seeds(B.DISCUSSION, "benign", "benign-discussion", [0, 1, 1, 2])
    rows += from_seeds(B.SELF_REVISION, "benign", "benign-self-revision", [0, 1, 1, 2])
    rows += from_seeds(B.ROLEPLAY, "benign", "benign-roleplay", [0, 1, 1, 1])
    rows += from_seeds(B.BUILDER, "benign", "benign-builder", [0, 1, 1, 2])
    rows += from_seeds(B.KEYWORDS, "benign", "benign-keywords", [0, 0, 1, 1, 1])
    rows += from_seeds(B.ORDINARY, "benign", "benign-ordinary", [0, 0, 1], allow_embed=False)
    rows += from_seeds(B.LONG, "benign", "benign-ordinary", [0, 1], allow_embed=False)
    rows += [(t, "benign", "benign-ordinary") for t in B.TERSE]
    rows += [(r, "benign", "benign-ordinary") for _, r in ALL_REQUESTS]
    rows += encoded_benign()
    return rows


def main():
    seen = set()
    out = []
    for text, label, category in build():
        if text in seen:
            continue
        seen.add(text)
        out.append({"text": text, "label": label, "on": "user", "category": category, "lang": "en"})
    rng.shuffle(out)
    with OUT.open("w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {OUT}")


if __name__ == "__main__":
    main()
