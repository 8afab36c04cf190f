#!/usr/bin/env python3
"""Scores one gazette/1 record's entities against a gold entities file (the format of
../shared/gold/*.entities.json: {"entities": [{start, end, text, type, name}]}).

  python3 scripts/score-entities.py GOLD.json RECORD.json [--errors N]

Prints exact-span P/R/F1 (same start and end), typed F1 (same span and type), and the share
of gold mentions found with the gold canonical name (same span, same name). Standard library only.
"""
import argparse
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("record")
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))["entities"]
    rec = json.load(open(a.record, encoding="utf-8"))
    pred = rec["entities"]
    g_spans = {(e["start"], e["end"]): e for e in gold}
    p_spans = {(e["start"], e["end"]): e for e in pred}
    tp = len(g_spans.keys() & p_spans.keys())
    p = tp / len(p_spans) if p_spans else 0.0
    r = tp / len(g_spans) if g_spans else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    typed = sum(1 for k in g_spans.keys() & p_spans.keys() if g_spans[k]["type"] == p_spans[k]["type"])
    tf = 2 * typed / (len(g_spans) + len(p_spans)) if g_spans or p_spans else 0.0
    named = sum(1 for k in g_spans.keys() & p_spans.keys() if g_spans[k].get("name") == p_spans[k].get("name"))
    print(f"gold {len(g_spans)}  predicted {len(p_spans)}  exact-span tp {tp}")
    print(f"span P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    print(f"typed F1 {tf:.4f}")
    print(f"gold mentions with the gold canonical name: {named}/{len(g_spans)} = {named / max(1, len(g_spans)):.4f}")
    if a.errors:
        print("missed:")
        for k in sorted(g_spans.keys() - p_spans.keys())[: a.errors]:
            print("  ", k, g_spans[k]["text"], g_spans[k]["type"], g_spans[k].get("name"))
        print("spurious:")
        for k in sorted(p_spans.keys() - g_spans.keys())[: a.errors]:
            print("  ", k, p_spans[k]["text"], p_spans[k]["type"], p_spans[k].get("name"))
        print("wrong name or type:")
        for k in sorted(g_spans.keys() & p_spans.keys()):
            g, q = g_spans[k], p_spans[k]
            if g.get("name") != q.get("name") or g["type"] != q["type"]:
                print("  ", k, g["text"], "gold", g["type"], g.get("name"), "got", q["type"], q.get("name"))


if __name__ == "__main__":
    main()
