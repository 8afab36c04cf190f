#!/usr/bin/env python3
"""Compares two builds of gazette-bench (before/after a change) in the same run, alternated
with the C + ICU baseline: per round, `icu_bench both FILE`, then each mode with each build.
Prints medians of CPU time, of the same-round ratio to the baseline, of each stage's CPU time,
and the peak RSS gazette-bench reports.

  cp .build/release/gazette-bench /tmp/before-bench     # build the old commit first
  python3 scripts/bench-compare.py /tmp/before-bench .build/release/gazette-bench --rounds 5

Standard library only; the cache of compiled gazetteers is .bench-data/cache.
"""
import argparse, json, os, statistics, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--file", default=os.path.join(ROOT, ".bench-data", "fr_bench_20mb.txt"))
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, ".bench-data", "gaz_1m.tsv"))
    ap.add_argument("--icu-bench", default=os.path.join(ROOT, ".bench-build", "icu_bench"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(ROOT, ".bench-data", "cache"))
    modes = [("pipeline", []), ("entities", [])]
    if os.path.exists(args.gazetteer):
        modes.append(("entities", ["--gazetteer", args.gazetteer]))

    def run(cmd):
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    results, base = {}, []
    for _ in range(args.rounds):
        b = run([args.icu_bench, "both", args.file])["cpu_sec"]
        base.append(b)
        for mode, extra in modes:
            for name, binary in (("before", args.before), ("after", args.after)):
                key = f"{mode}{' + 1M' if extra else ''}, {name}"
                results.setdefault(key, []).append((b, run([binary, mode, args.file] + extra)))
    print("| run | CPU s | x baseline (same round) | stages CPU s | peak RSS |")
    print("|---|---:|---:|---|---:|")
    print(f"| `icu_bench both` | {statistics.median(base):.3f} | 1.00 | | |")
    for key, runs in results.items():
        cpu = statistics.median([r["cpu_sec"] for _, r in runs])
        ratio = statistics.median([b / r["cpu_sec"] for b, r in runs])
        stages = {s: statistics.median([r["stages_cpu_sec"][s] for _, r in runs]) for s in runs[0][1]["stages_cpu_sec"]}
        rss = statistics.median([r.get("peak_rss_mb", 0) for _, r in runs])
        print(f"| {key} | {cpu:.3f} | {ratio:.3f} | " + ", ".join(f"{s} {t:.3f}" for s, t in stages.items()) + f" | {rss:.0f} MB |")


if __name__ == "__main__":
    main()
