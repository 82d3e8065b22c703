"""Hand-written seeds for hard-negatives.jsonl (see ../README-neg.md)."""
