#!/usr/bin/env python3
"""Scores a gazette/1 record's events against a gold events file (../shared/gold/*.events.json).

A gold event is matched by a record event whose evidence text contains the gold evidence,
whose participants' canonical names include every gold participant (the location counts as a
participant), and whose date value starts with the gold date. Among the record events that
pass the evidence and participant tests, one whose date is set but does not start with the
gold date makes the gold event *misdated*.

  .build/release/ingest --reference-date 2023-11-21 corpus/fr/openai-2023-11.fr.txt > /tmp/r.json
  python3 scripts/score-events.py ../shared/gold/openai-2023-11.fr.events.json /tmp/r.json [--errors]
"""
import json, sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold = json.load(open(sys.argv[1]))["events"]
    record = json.load(open(sys.argv[2]))
    events = record.get("events", [])
    show = "--errors" in sys.argv
    matched = misdated = 0
    for g in gold:
        candidates = []
        for e in events:
            names = {p["name"] for p in e.get("participants", [])}
            if e.get("location"):
                names.add(e["location"]["name"])
            if g["evidence"] in e["evidence"]["text"] and set(g["participants"]) <= names:
                candidates.append(e)
        good = [e for e in candidates if e.get("date") and e["date"]["value"].startswith(g["date"])]
        wrong = [e for e in candidates if e.get("date") and not e["date"]["value"].startswith(g["date"])]
        matched += bool(good)
        misdated += bool(wrong)
        if show and (not good or wrong):
            state = "MISDATED" if wrong else "missed"
            seen = [(e["trigger"]["text"], (e.get("date") or {}).get("value")) for e in candidates]
            print(f"{state}: {g['date']} {g['participants']} «{g['evidence']}» candidates={seen}")
    print(f"events: {matched}/{len(gold)} matched, {misdated} misdated, {len(events)} predicted")


if __name__ == "__main__":
    main()
