#!/usr/bin/env python3
"""Compares builds of `ingest` on a folder of articles in the same run, alternated: per round
and per build, `taskset -c 0 ingest FOLDER --output NEW --jobs 1` (one core) then
`ingest FOLDER --output NEW --jobs 2` (two workers), each into a new output folder. Prints the
median wall times and their ratio (two workers against one core) for each build.

  cp .build/release/ingest /tmp/before-ingest     # build the old commit first
  python3 scripts/batch-compare.py .bench-data/batch-5k /tmp/before-ingest .build/release/ingest

The output folders go below --outs (default .bench-data/batch-compare-outs) and are deleted
at the end, not between runs: on ext4, deleting thousands of files just before a run slows
that run's file creation. Standard library only.
"""
import argparse, os, shutil, statistics, subprocess, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("ingest", nargs="+", help="ingest binaries to compare")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--outs", default=os.path.join(ROOT, ".bench-data", "batch-compare-outs"))
    args = ap.parse_args()
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    os.makedirs(args.outs, exist_ok=True)
    walls = {(b, mode): [] for b in args.ingest for mode in ("one core", "two workers")}
    for r in range(args.rounds):
        for k, binary in enumerate(args.ingest):
            for mode, prefix, jobs in (("one core", pin, 1), ("two workers", [], 2)):
                out = os.path.join(args.outs, f"{k}-{jobs}-{r}-{time.time_ns()}")
                start = time.perf_counter()
                subprocess.run(prefix + [binary, args.folder, "--output", out, "--jobs", str(jobs)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                walls[(binary, mode)].append(time.perf_counter() - start)
    shutil.rmtree(args.outs, ignore_errors=True)
    print(f"{args.folder}, {args.rounds} rounds, medians")
    print("| ingest | one core | two workers | two workers / one core |")
    print("|---|---:|---:|---:|")
    for binary in args.ingest:
        one, two = (statistics.median(walls[(binary, m)]) for m in ("one core", "two workers"))
        print(f"| `{binary}` | {one * 1000:.0f} ms | {two * 1000:.0f} ms | {one / two:.2f}x |")


if __name__ == "__main__":
    main()
