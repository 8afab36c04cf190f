#!/usr/bin/env python3
"""Score the timexes of one Gazette record against a gold file such as
../shared/gold/openai-2023-11.fr.timex.json (fields: timexes[] with start, end, text, values,
required).

  .build/release/ingest ARTICLE --reference-date 2023-11-21 > rec.json
  python3 scripts/score_seed_timex.py GOLD rec.json [--year 2023]

A gold expression is found when a predicted timex overlaps it; it is right when that timex's
value is one of the gold values. A predicted timex that overlaps no gold expression is a false
positive unless it overlaps an `ignore`d phrase. `--year Y` (for runs without a reference date)
reports how many required expressions whose gold value lies in Y got a value in Y.
Exit status 0 whatever the score.
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("record")
    ap.add_argument("--year", help="with no reference date: check that dated values fall in this year")
    ap.add_argument("--text", help="the article, to locate `ignore` phrases", default=None)
    a = ap.parse_args()
    gold = json.load(open(a.gold))
    rec = json.load(open(a.record))
    pred = rec.get("timexes", [])
    text = open(a.text).read() if a.text else None
    ignore_spans = []
    if text:
        for phrase in gold.get("ignore", []):
            p = phrase.split(" (")[0]
            start = 0
            while (k := text.find(p, start)) >= 0:
                ignore_spans.append((k, k + len(p)))
                start = k + 1

    def overlaps(s, e, t):
        return t["start"] < e and s < t["end"]

    req_total = req_right = opt_right = 0
    year_ok = year_total = 0
    lines = []
    for g in gold["timexes"]:
        hits = [t for t in pred if overlaps(g["start"], g["end"], t)]
        right = any(t.get("value") in g["values"] for t in hits)
        if g["required"]:
            req_total += 1
            req_right += right
        else:
            opt_right += right
        if a.year and g["required"] and any(v.startswith(a.year) for v in g["values"]):
            year_total += 1
            year_ok += any(str(t.get("value", "")).startswith(a.year) for t in hits)
        mark = "ok " if right else ("REQ" if g["required"] else "opt")
        got = "; ".join(f"{t['text']!r} {t.get('value')}" + (f" {t['mod']}" if t.get('mod') else "") for t in hits) or "nothing"
        lines.append(f"{mark} {g['text']!r} want {g['values']} got {got}")
    fps = [t for t in pred if not any(overlaps(g["start"], g["end"], t) for g in gold["timexes"])
           and not any(t["start"] < e and s < t["end"] for s, e in ignore_spans)]
    print("\n".join(lines))
    for t in fps:
        print(f"FP  [{t['start']},{t['end']}) {t['text']!r} {t['type']} {t.get('value')}")
    print(f"\nrequired right: {req_right}/{req_total}; optional right: {opt_right}; false positives: {len(fps)}")
    if a.year:
        print(f"required expressions in {a.year} resolved to {a.year}: {year_ok}/{year_total}")
    print(f"referenceDate: {rec['document'].get('referenceDate')}")


if __name__ == "__main__":
    sys.exit(main())
