#!/usr/bin/env python3
"""Draw quotes at random from `split --json` output, each with the text a reader needs to judge
its speaker: the quote's paragraph and the two before it.

Usage: speaker_sample.py SPLIT.jsonl [--n 100] [--seed 2026]
The draw: random.Random(seed).sample over every quote document, in `split --json` order.
"""
import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split_jsonl")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    quotes, paragraphs = [], {}
    for line in open(args.split_jsonl, encoding="utf-8"):
        article = json.loads(line)
        for d in article["documents"]:
            if d["type"] == "quote":
                quotes.append((article["articleId"], d))
            elif d["type"] == "paragraph":
                paragraphs.setdefault(article["articleId"], []).append(d)
    for n, (article, q) in enumerate(random.Random(args.seed).sample(quotes, args.n), 1):
        context = [p for p in paragraphs.get(article, [])
                   if q["paragraph"] - 2 <= p["paragraph"] <= q["paragraph"] + (1 if q.get("speaker") is None else 0)]
        print(f"## {n}. {article} — speaker shown: {q.get('speaker')!r}"
              f" (mention: {q.get('speakerMention')!r})")
        print(f"QUOTE: {q['text']}")
        for p in context:
            print(f"  [{p['paragraph']}] {p['text']}")
        print()


if __name__ == "__main__":
    main()
