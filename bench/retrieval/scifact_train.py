#!/usr/bin/env python3
"""SciFact's train split for tuning the retrieval benchmark's settings without looking at its test queries.

BEIR's SciFact train split is the original SciFact train claims (809 claims, 919 judgements); the copy in
../shared/data/scifact holds the test split only. This writes the train split beside the shared corpus from
the same source the shared copy was converted from: data/scifact.zip of github.com/sumithra-p-v/claimverifier
(commit b42f1c3), a pandas CSV dump of HuggingFace allenai/scifact, whose claims_train.csv lists each claim's
cited documents. Standard library only.

Usage: python3 bench/retrieval/scifact_train.py <scifact.zip> <out-dir> [<shared scifact dir>]
then:  npm run bench:retrieval -- --data <out-dir> --split train
"""
import csv
import io
import json
import os
import re
import sys
import zipfile


def train_claims(zip_path):
    """Claim id -> (claim text, set of cited document ids) from claims_train.csv."""
    claims = {}
    with zipfile.ZipFile(zip_path) as z:
        name = next(n for n in z.namelist() if n.endswith('claims_train.csv'))
        with z.open(name) as f:
            for row in csv.DictReader(io.TextIOWrapper(f, encoding='utf-8')):
                text, cited = claims.setdefault(row['id'], (row['claim'], set()))
                # The column is a numpy array's repr ("[ 5152028 11705328]"), not a Python list.
                cited.update(re.findall(r'\d+', row['cited_doc_ids']))
    return {k: v for k, v in claims.items() if v[1]}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    zip_path, out = sys.argv[1], sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data', 'scifact')
    claims = train_claims(zip_path)
    os.makedirs(os.path.join(out, 'qrels'), exist_ok=True)
    corpus = os.path.join(out, 'corpus.jsonl')
    if not os.path.exists(corpus):
        os.symlink(os.path.abspath(os.path.join(shared, 'corpus.jsonl')), corpus)
    with open(os.path.join(out, 'queries.jsonl'), 'w', encoding='utf-8') as f:
        for cid, (text, _) in claims.items():
            f.write(json.dumps({'_id': cid, 'text': text}) + '\n')
    with open(os.path.join(out, 'qrels', 'train.tsv'), 'w', encoding='utf-8') as f:
        f.write('query-id\tcorpus-id\tscore\n')
        for cid, (_, cited) in claims.items():
            for doc in sorted(cited, key=int):
                f.write(f'{cid}\t{doc}\t1\n')
    pairs = sum(len(c) for _, c in claims.values())
    print(f'{len(claims)} train claims, {pairs} judgements -> {out}')
    if (len(claims), pairs) != (809, 919):
        sys.exit("expected BEIR's 809 claims and 919 judgements")


main()
