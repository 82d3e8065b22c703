#!/usr/bin/env python3
"""Build hard-negatives.jsonl: benign look-alikes the injection classifier over-fires on, plus matched injections.

Every seed is hand-written in seeds_neg/; this script only places seeds into carriers (product-page templates,
wrappers such as PDF pages, HTML, quoted replies, tool-output JSON) and encodes harmless payloads. It validates every
row (fields, values, no duplicate text inside this file or in any other training/injection/*.jsonl) and prints counts.
Deterministic: fixed random seed. Usage: python3 training/injection/make-hard-negatives.py
"""
import base64
import collections
import json
import random
import sys
import urllib.parse
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from seeds_neg import docs, inject, products, user  # noqa: E402

OUT = HERE / "hard-negatives.jsonl"
LANGS = {"en", "fr", "de", "es", "it", "pt", "nl", "zh"}
FIELDS = {"text", "label", "on", "category", "lang"}
INJ_CATS = {"indirect", "override", "extraction", "persona"}
BEN_CATS = {"benign-retrieved", "benign-ordinary", "benign-discussion", "benign-builder", "benign-encoded"}
PAGE_WORD = {"en": "Page {n} of {m}", "fr": "Page {n} sur {m}", "de": "Seite {n} von {m}", "es": "Página {n} de {m}",
             "it": "Pagina {n} di {m}", "pt": "Página {n} de {m}", "nl": "Pagina {n} van {m}", "zh": "第{n}页/共{m}页"}
DOMAINS = ["help.shop.example", "www.northwind.example", "docs.acme.example", "intranet.corp.example", "blog.kitchen.example",
           "support.telco.example", "www.city-museum.example", "wiki.team.example"]

rng = random.Random(20261130)
rows = []


def add(text, label, on, category, lang):
    """Append one row."""
    rows.append({"text": text, "label": label, "on": on, "category": category, "lang": lang})


# ---------- carriers ----------

def product_markdown(p, lab, title=None, alt=None):
    """A markdown product page; title/alt override the size-guide link title and the main image alt."""
    lang, name, slug, alt0, price, desc, spec = p
    t = title or lab["size_t"]
    return (f"# {name}\n\n![{alt or alt0}](https://cdn.shop.example/img/{slug}.jpg)\n\n{desc}\n\n"
            f"**{lab['price']}:** {price} · {lab['ship']}\n\n**{lab['care']}:** {spec}\n\n"
            f"[{lab['size']}](https://shop.example/help/{slug}-size \"{t}\") · "
            f"[{lab['rev']}](https://shop.example/p/{slug}#reviews \"{lab['rev_t']}\")")


def product_gallery(p, lab, caption=None, alt2=None):
    """An HTML image gallery with alt texts and a caption."""
    lang, name, slug, alt0, price, desc, spec = p
    extras = rng.sample(products.EXTRA_ALTS[lang], 2)
    cap = caption or f"{lab['cap']}: {name}"
    return (f"<section class=\"product\">\n<h1>{name}</h1>\n<div class=\"gallery\">\n"
            f"  <img src=\"https://cdn.shop.example/img/{slug}-1.jpg\" alt=\"{alt0}\">\n"
            f"  <img src=\"https://cdn.shop.example/img/{slug}-2.jpg\" alt=\"{alt2 or extras[0]}\">\n"
            f"  <img src=\"https://cdn.shop.example/img/{slug}-3.jpg\" alt=\"{extras[1]}\">\n"
            f"  <figcaption>{cap}</figcaption>\n</div>\n<p class=\"price\">{price}</p>\n<p>{desc}</p>\n"
            f"<button>{lab['add']}</button>\n</section>")


def product_plain(p, lab, note=None):
    """Product page as scraped plain text (no markup)."""
    lang, name, slug, alt0, price, desc, spec = p
    extra = f"\n{note}" if note else ""
    return f"{name}\n{price}\n\n{desc}\n\n{lab['care']}\n{spec}{extra}\n\n{lab['size']} | {lab['rev']} | {lab['more']}"


def listing(ps, lab):
    """A category listing of several products with titled links."""
    lines = [f"- ![{p[3]}](https://cdn.shop.example/thumb/{p[2]}.jpg) [{p[1]}](https://shop.example/p/{p[2]} \"{p[1]}\") — {p[4]}"
             for p in ps]
    return "\n".join(lines) + f"\n\n{lab['ship']}"


def paragraphs(text):
    """Split on blank lines."""
    return [x for x in text.split("\n\n") if x.strip()]


def wrap(text, lang, kind):
    """Re-present a document the way an app might retrieve it."""
    if kind == "pdf":
        m = rng.randint(3, 9)
        n = rng.randint(1, m)
        return f"{PAGE_WORD[lang].format(n=n, m=m)}\n\n{text}\n\n— {n} —"
    if kind == "html":
        return "<article>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs(text)) + "\n</article>"
    if kind == "source":
        return f"Source: https://{rng.choice(DOMAINS)}/{rng.randint(100, 9999)}\n\n{text}"
    if kind == "quote":
        return "\n".join("> " + line if line else ">" for line in text.split("\n"))
    if kind == "json":
        first = text.split("\n", 1)[0]
        title = first[:60] if not first.startswith("<") else "Untitled page"
        return json.dumps({"title": title, "url": f"https://{rng.choice(DOMAINS)}/doc/{rng.randint(1000, 99999)}",
                           "content": text}, ensure_ascii=False)
    if kind == "snippet":
        ps = paragraphs(text)
        return "\n\n".join(ps[:2]) + " …" if len(ps) > 2 else text + " …"
    raise ValueError(kind)


WRAPS = ["pdf", "html", "source", "quote", "json", "snippet"]


def insert_payload(text, payload, how):
    """Put an instruction into a document: after the first paragraph, at the end, or hidden in HTML."""
    ps = paragraphs(text)
    if how == "middle" and len(ps) > 1:
        return "\n\n".join(ps[:1] + [payload] + ps[1:])
    if how == "hidden":
        return text + f"\n\n<span style=\"display:none\">{payload}</span>"
    if how == "comment":
        return f"<!-- {payload} -->\n" + text
    return text + "\n\n" + payload


# ---------- benign retrieved ----------

def build_products():
    """Benign product pages: three carriers per product plus listings per language."""
    by_lang = collections.defaultdict(list)
    for p in products.PRODUCTS:
        lab = products.LABELS[p[0]]
        by_lang[p[0]].append(p)
        for text in (product_markdown(p, lab), product_gallery(p, lab), product_plain(p, lab)):
            add(text, "benign", "retrieved", "benign-retrieved", p[0])
    en = by_lang["en"]
    for i in range(0, len(en), 3):
        add(listing(en[i:i + 4], products.LABELS["en"]), "benign", "retrieved", "benign-retrieved", "en")


def build_docs():
    """Every hand-written document as written plus one re-presented variant."""
    groups = [docs.POLICIES, docs.EMAILS, docs.FAQS, docs.RELEASE_NOTES, docs.PDF_TEXT, docs.TABLES, docs.RECIPES,
              docs.MANUALS, docs.MACROS, docs.MEETINGS, docs.AI_DOCS, docs.SNIPPETS]
    for group in groups:
        for item in group:
            lang, text = item[0], item[-1]
            add(text, "benign", "retrieved", "benign-retrieved", lang)
            add(wrap(text, lang, rng.choice(WRAPS)), "benign", "retrieved", "benign-retrieved", lang)


# ---------- benign user ----------

def typo(s):
    """Swap two neighbouring letters once (Latin scripts only)."""
    idx = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def casual(s, lang):
    """A casual re-typing: lower case without final punctuation, or a typo."""
    if lang == "zh":
        return "你好，" + s
    return s.lower().rstrip("?.!") if rng.random() < 0.5 else typo(s)


def build_user():
    """Ordinary short questions, discussion, builder questions (each with some casual variants)."""
    for lang, qs in user.ORDINARY.items():
        for i, q in enumerate(qs):
            add(q, "benign", "user", "benign-ordinary", lang)
            if i % 2 == 0:
                add(casual(q, lang), "benign", "user", "benign-ordinary", lang)
    for on, lang, text in user.DISCUSSION:
        add(text, "benign", on, "benign-discussion", lang)
        if on == "retrieved":
            add(wrap(text, lang, rng.choice(["pdf", "html", "source", "json"])), "benign", on, "benign-discussion", lang)
        elif lang == "en":
            add(casual(text, lang), "benign", on, "benign-discussion", lang)
    for i, (lang, text) in enumerate(user.BUILDER):
        add(text, "benign", "user", "benign-builder", lang)
        if i % 2 == 0 and "\n" not in text:
            add(casual(text, lang), "benign", "user", "benign-builder", lang)


def encode(payload, kind):
    """Encode a payload as base64, spaced hex bytes or a URL-encoded query string."""
    if kind == "base64":
        return base64.b64encode(payload.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return " ".join(f"{b:02x}" for b in payload.encode("utf-8"))
    if kind == "xxd":
        data = payload.encode("utf-8")
        return "\n".join(f"{i:08x}: " + " ".join(data[i:i + 16][j:j + 2].hex() for j in range(0, 16, 2)).ljust(40)
                         + "  " + "".join(chr(b) if 32 <= b < 127 else "." for b in data[i:i + 16])
                         for i in range(0, len(data), 16))
    return "q=" + urllib.parse.quote(payload, safe="")


def build_encoded():
    """Harmless payloads encoded and put in a decode request."""
    for lang, payload in user.ENCODED_PAYLOADS:
        asks = user.ENCODE_ASKS["base64"][lang]
        add(rng.choice(asks).format(p=encode(payload, "base64")), "benign", "user", "benign-encoded", lang)
        if lang == "en":
            for kind in ("hex", "url", "xxd"):
                add(rng.choice(user.ENCODE_ASKS[kind]["en"]).format(p=encode(payload, kind)), "benign", "user",
                    "benign-encoded", "en")


# ---------- injections ----------

CARRIER_HINTS = [  # the payload names its carrier ("this e-mail", "this policy"), so it goes into that kind of document
    (("release note",), docs.RELEASE_NOTES),
    (("recipe",), docs.RECIPES),
    (("FAQ", "promo code"), docs.FAQS),
    (("meeting", "these notes"), docs.MEETINGS),
    (("e-mail", "inbox", "courriel", "correo", "邮件", "tracking link"), docs.EMAILS),
    (("report", "step 3"), docs.PDF_TEXT + docs.MANUALS),
    (("policy", "refund"), docs.POLICIES),
]
ANY_CARRIER = (docs.EMAILS + docs.POLICIES + docs.FAQS + docs.MANUALS + docs.MEETINGS + docs.PDF_TEXT + docs.RELEASE_NOTES
               + docs.RECIPES + docs.MACROS + docs.SNIPPETS + docs.AI_DOCS)


def carrier_group(payload):
    """The documents a long payload fits into (its language is filtered by the caller)."""
    for words, group in CARRIER_HINTS:
        if any(w in payload for w in words):
            return group
    return ANY_CARRIER


def build_indirect():
    """The same carriers as the benign rows, now carrying an instruction to the AI."""
    by_lang = collections.defaultdict(list)
    for p in products.PRODUCTS:
        by_lang[p[0]].append(p)
    slots = ["title", "alt", "caption", "alt2", "note"]
    for i, (lang, payload) in enumerate(inject.SHORT_PAYLOADS):
        n = 2 if lang == "en" else 1
        for j in range(n):
            p = rng.choice(by_lang[lang])
            lab = products.LABELS[lang]
            slot = slots[(i + j * 2) % len(slots)]
            text = {"title": lambda: product_markdown(p, lab, title=payload),
                    "alt": lambda: product_markdown(p, lab, alt=payload),
                    "caption": lambda: product_gallery(p, lab, caption=payload),
                    "alt2": lambda: product_gallery(p, lab, alt2=payload),
                    "note": lambda: product_plain(p, lab, note=payload)}[slot]()
            add(text, "injection", "retrieved", "indirect", lang)
    hows = ["middle", "end", "hidden", "comment"]
    for i, (lang, payload) in enumerate(inject.LONG_PAYLOADS):
        pool = [item[-1] for item in carrier_group(payload) if item[0] == lang]
        n = min(2 if lang == "en" else 1, len(pool))
        for doc in rng.sample(pool, n):
            text = insert_payload(doc, payload, hows[i % len(hows)] if lang == "en" else rng.choice(hows))
            if rng.random() < 0.3:
                text = wrap(text, lang, rng.choice(["pdf", "source", "json", "quote"]))
            add(text, "injection", "retrieved", "indirect", lang)
    for lang, text in inject.DISCUSSION_INJ:
        add(text, "injection", "retrieved", "indirect", lang)
        if lang == "en" and rng.random() < 0.4:
            add(wrap(text, lang, "pdf"), "injection", "retrieved", "indirect", lang)


def build_user_inj():
    """User-side injections that look like builder or ordinary questions, and encoded ones."""
    for i, (cat, lang, text) in enumerate(inject.USER_INJ):
        add(text, "injection", "user", cat, lang)
        if lang == "en" and i % 2 == 0:
            add(casual(text, lang), "injection", "user", cat, lang)
    for i, (cat, lang, payload) in enumerate(inject.ENCODED_INJ):
        kinds = ["base64", "hex", "url"]
        for kind in (kinds[i % 3], "base64") if kinds[i % 3] != "base64" else ("base64",):
            ask = rng.choice(inject.ENCODED_INJ_ASKS[kind])
            add(ask.format(p=encode(payload, kind)), "injection", "user", cat, lang)


# ---------- validation ----------

def validate():
    """Check fields and values, and that no text repeats here or in another training file."""
    errors, seen = [], set()
    others = set()
    for f in HERE.glob("*.jsonl"):
        if f.name != OUT.name:
            others.update(json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    for n, r in enumerate(rows, 1):
        where = f"row {n} ({r['text'][:40]!r})"
        if set(r) != FIELDS:
            errors.append(f"{where}: fields {sorted(r)}")
        if not r["text"].strip():
            errors.append(f"{where}: empty text")
        if r["lang"] not in LANGS or r["on"] not in ("user", "retrieved"):
            errors.append(f"{where}: lang/on {r['lang']}/{r['on']}")
        if not ((r["label"] == "injection" and r["category"] in INJ_CATS) or
                (r["label"] == "benign" and r["category"] in BEN_CATS)):
            errors.append(f"{where}: category {r['category']} with label {r['label']}")
        if r["category"] == "indirect" and r["on"] != "retrieved":
            errors.append(f"{where}: indirect must be on retrieved")
        if r["text"] in seen:
            errors.append(f"{where}: duplicate text in this file")
        if r["text"] in others:
            errors.append(f"{where}: text already in another training file")
        seen.add(r["text"])
    return errors


def report():
    """Print counts per label, category, on and language."""
    inj = sum(r["label"] == "injection" for r in rows)
    print(f"{OUT.name}: {len(rows)} rows, {inj} injection, {len(rows) - inj} benign")
    for key in ("category", "on", "lang"):
        c = collections.Counter(r[key] for r in rows)
        print(f"  by {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    c = collections.Counter((r["category"], r["lang"]) for r in rows)
    cats = sorted({k[0] for k in c})
    langs = ["en", "fr", "de", "es", "it", "pt", "nl", "zh"]
    print("  category x lang: " + " ".join(f"{x:>3}" for x in langs))
    for cat in cats:
        print(f"  {cat:<18}" + " ".join(f"{c[(cat, x)]:>3}" for x in langs))


def main():
    """Build, validate, shuffle deterministically, write."""
    build_products()
    build_docs()
    build_user()
    build_encoded()
    build_indirect()
    build_user_inj()
    errors = validate()
    if errors:
        print("\n".join(errors[:50]), file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written. Fix the seeds in seeds_neg/.", file=sys.stderr)
        sys.exit(1)
    rng.shuffle(rows)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report()


if __name__ == "__main__":
    main()
