#!/usr/bin/env python3
"""Gazette's speed benchmark: stages in process, alternated with the C + ICU baseline.

Runs, round-robin over --rounds rounds on the same file:
  icu_bench both FILE              C + ICU word + sentence breaking (the physical limit)
  gazette-bench decode FILE        bytes -> document text
  gazette-bench segment FILE       + tokens + sentences
  gazette-bench pipeline FILE      the whole default pipeline
  ingest FILE > /dev/null          whole process: read, SHA-256, pipeline, JSON

and prints medians: MB/s (wall and CPU), the same-round ratio of CPU time to the baseline's
(speed as a fraction of the baseline: 0.5 = half as fast), and peak resident memory of the
process. Also the peak memory of `ingest` on an empty file (the fixed cost of the Swift
runtime, Foundation and ICU), and the cold start of `ingest` on one article.

  python3 scripts/benchmark.py                      # 20 MB text, 5 rounds
  python3 scripts/benchmark.py --file F --rounds 9 --json out.json

Needs a release build (`swift build -c release`, done unless --no-build), the baseline
`icu_bench` (compiled from ../shared/bench/icu_bench.c when missing) and the benchmark text
(made with ../shared/bench/make_corpus.sh when missing). Standard library only.
"""
import argparse, json, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")


def measured(cmd):
    """Runs cmd: (its last JSON line with "sec", or None; wall seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"benchmark: {' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-500:]}")
    lines = [l for l in out.decode().splitlines() if l.startswith("{") and '"sec"' in l]
    return (json.loads(lines[-1]) if lines else None), wall


def peak_rss_mb(cmd):
    """Peak resident memory of one run of cmd, in MB (from wait4)."""
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit(f"benchmark: {' '.join(cmd)} failed")
    return usage.ru_maxrss / 1024


def ensure_inputs(args):
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    icu = args.icu_bench or next((p for p in [os.path.join(os.environ.get("BENCH_BUILD", ""), "icu_bench"),
                                              os.path.join(ROOT, ".bench-build", "icu_bench")] if os.path.exists(p)), None)
    if icu is None:
        os.makedirs(os.path.join(ROOT, ".bench-build"), exist_ok=True)
        icu = os.path.join(ROOT, ".bench-build", "icu_bench")
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"], check=True,
                               capture_output=True, text=True).stdout.split()
        subprocess.run(["cc", "-O2", os.path.join(SHARED, "icu_bench.c"), "-o", icu] + flags, check=True)
    if not os.path.exists(args.file):
        subprocess.run(["bash", os.path.join(SHARED, "make_corpus.sh"), os.path.dirname(args.file)], check=True)
    return icu


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default=os.path.join(ROOT, ".bench-data", "fr_bench_20mb.txt"))
    ap.add_argument("--article", default=os.path.join(ROOT, "corpus", "fr", "openai-2023-11.fr.txt"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--modes", default="decode,segment,pipeline")
    ap.add_argument("--icu-bench")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    icu = ensure_inputs(args)
    release = os.path.join(ROOT, ".build", "release")
    size_mb = os.path.getsize(args.file) / 1e6
    commands = {"icu both (baseline)": [icu, "both", args.file]}
    for mode in args.modes.split(","):
        commands[f"gazette {mode}"] = [os.path.join(release, "gazette-bench"), mode, args.file]
    results = {name: [] for name in commands}
    ingest_walls = []
    for _ in range(args.rounds):
        for name, cmd in commands.items():
            record, _ = measured(cmd)
            results[name].append(record)
        _, wall = measured([os.path.join(release, "ingest"), args.file])
        ingest_walls.append(wall)
    base_cpu = [r["cpu_sec"] for r in results["icu both (baseline)"]]
    rows = []
    for name, cmd in commands.items():
        cpu = [r["cpu_sec"] for r in results[name]]
        wall = [r["sec"] for r in results[name]]
        ratios = [b / c for b, c in zip(base_cpu, cpu)]
        rows.append({"name": name, "mb_s": size_mb / statistics.median(wall), "mb_s_cpu": size_mb / statistics.median(cpu),
                     "x_baseline": statistics.median(ratios), "peak_rss_mb": peak_rss_mb(cmd)})
    ingest = [os.path.join(release, "ingest"), args.file]
    empty = os.path.join(ROOT, ".bench-data", "empty.txt")
    open(empty, "w").close()
    extra = {"ingest_whole_process_mb_s": size_mb / statistics.median(ingest_walls),
             "ingest_peak_rss_mb": peak_rss_mb(ingest),
             "ingest_empty_peak_rss_mb": peak_rss_mb([os.path.join(release, "ingest"), empty])}
    if os.path.exists(args.article):
        starts = []
        for _ in range(max(5, args.rounds)):
            _, wall = measured([os.path.join(release, "ingest"), args.article])
            starts.append(wall)
        extra["ingest_cold_start_ms"] = statistics.median(starts) * 1000
    print(f"file: {args.file} ({size_mb:.1f} MB), {args.rounds} rounds, medians; x baseline = baseline CPU time / ours, same round")
    print()
    print("| run | MB/s wall | MB/s CPU | x baseline | peak RSS |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['name']} | {r['mb_s']:.1f} | {r['mb_s_cpu']:.1f} | {r['x_baseline']:.2f} | {r['peak_rss_mb']:.0f} MB |")
    print()
    print(f"ingest, whole process (read, SHA-256, pipeline, JSON): {extra['ingest_whole_process_mb_s']:.1f} MB/s, "
          f"peak RSS {extra['ingest_peak_rss_mb']:.0f} MB ({extra['ingest_empty_peak_rss_mb']:.0f} MB on an empty file)")
    if "ingest_cold_start_ms" in extra:
        print(f"ingest cold start on {os.path.basename(args.article)}: {extra['ingest_cold_start_ms']:.0f} ms")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"file": args.file, "rounds": args.rounds, "rows": rows, **extra}, f, indent=1)


if __name__ == "__main__":
    main()
