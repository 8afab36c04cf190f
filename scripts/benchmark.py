#!/usr/bin/env python3
"""Gazette's speed benchmark: stages in process, alternated with the C + ICU baseline.

For each input (the 20 MB French text, and the bundled corpus read as one document per
article) it runs, round-robin over --rounds rounds:

  icu_bench both FILE                       C + ICU word + sentence breaking (the physical limit)
  gazette-bench segment PATH                decode + tokens + sentences
  gazette-bench entities PATH               + entities, default gazetteers
  gazette-bench entities PATH --gazetteer 1M --no-cache
                                            + a one-million-name gazetteer, compiled in the process
  gazette-bench entities PATH --gazetteer 1M
                                            the same, loaded from the compiled cache
  gazette-bench dates PATH                  decode + tokens + sentences + timex
  gazette-bench pipeline PATH               the whole default pipeline (per-stage CPU too)
  gazette-bench pipeline PATH --gazetteer 1M
                                            the same with the one-million-name gazetteer (cache)

and prints medians: MB/s (wall and CPU, in-process timing: file reading and pipeline
construction excluded, as in icu_bench), the same-round ratio of CPU time (baseline CPU time /
ours: 0.5 = half the baseline's speed), the pipeline construction time (`setup`: ICU iterators,
gazetteer compile or cache load) and the peak resident memory of each process (GNU time's %M:
the process alone, not the memory Python had before exec).

Then, whole processes: `ingest` on the 20 MB file, on an empty file (the fixed cost), its cold
start on one article (default pipeline, and with the 1M gazetteer from the cache), and batch
scaling, `ingest DIR --output OUT --jobs N` (a new output folder each time; wall, CPU = user +
system, peak RSS) on three folders: 2,000 articles of about 5 KB cut from the benchmark text,
and the corpus replicated --replicas and --many-replicas times (articles of about 3 KB; the
fixed costs of a process, start-up and final syncs, weigh on the first); one worker is timed
both pinned to one core (`taskset -c 0`) and free, then two workers; and the peak RSS at a
fifth of the replicas (memory must not grow with the number of documents). The outputs go
below --batch-outs (on the disk by default; a tmpfs such as /dev/shm leaves out the disk's
work, which the kernel does on the second core even when ingest is pinned to the first).

  python3 scripts/benchmark.py                      # 5 rounds
  python3 scripts/benchmark.py --rounds 3 --json out.json --skip-batch

Needs a release build (`swift build -c release`, done unless --no-build), the baseline
`icu_bench` (compiled from ../shared/bench/icu_bench.c when missing), the benchmark text (made
with ../shared/bench/make_corpus.sh when missing) and, for the 1M rows, .bench-data/gaz_1m.tsv
(`/work/main/.bench-venv/bin/python ../shared/bench/make_gazetteers.py .bench-data`; the rows
are left out when it is missing). Standard library only.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run(cmd, env=None, stdin=None):
    """Runs cmd as a whole process: dict(json = its last JSON line with "sec" or None, wall,
    cpu = user + system seconds, rss_mb = peak resident memory of the process alone)."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as timing:
        full = ([GNU_TIME, "-f", "%M", "-o", timing.name] if GNU_TIME else []) + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                stdin=open(stdin, "rb") if stdin else subprocess.DEVNULL)
        out, err = proc.communicate()
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"benchmark: {' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-500:]}")
        rss = None
        if GNU_TIME:
            lines = [l for l in timing.read().split() if l.isdigit()]
            rss = int(lines[-1]) / 1024 if lines else None
    lines = [l for l in out.decode().splitlines() if l.startswith("{") and '"sec"' in l]
    record = json.loads(lines[-1]) if lines else None
    return {"json": record, "wall": wall, "rss_mb": rss, "out": out}


def timed(cmd, env=None):
    """Wall and CPU (user + system, children included) of one whole process, and its peak RSS."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as timing:
        full = ([GNU_TIME, "-f", "%M %U %S", "-o", timing.name] if GNU_TIME else []) + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, err = proc.communicate()
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"benchmark: {' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-500:]}")
        fields = timing.read().split()[-3:] if GNU_TIME else ["0", "0", "0"]
    return {"wall": wall, "cpu": float(fields[1]) + float(fields[2]), "rss_mb": int(fields[0]) / 1024}


def ensure_inputs(args):
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
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


def corpus_files(folder):
    out = []
    for base, _, names in os.walk(folder):
        out += [os.path.join(base, n) for n in names if n.endswith(".txt")]
    return sorted(out)


def concatenated(files, path):
    """One file with every article, for the baseline (which reads one file)."""
    with open(path, "wb") as out:
        for f in files:
            with open(f, "rb") as inp:
                out.write(inp.read())
                out.write(b"\n\n")
    return path


def replicated(files, folder, copies):
    """`folder` holding `copies` copies of every file (made once)."""
    marker = os.path.join(folder, f".complete-{copies}")
    if not os.path.exists(marker):
        shutil.rmtree(folder, ignore_errors=True)
        for k in range(copies):
            sub = os.path.join(folder, f"copy{k:03d}")
            os.makedirs(sub)
            for f in files:
                shutil.copyfile(f, os.path.join(sub, os.path.basename(f)))
        open(marker, "w").close()
    return folder


def articles_of(path, folder, size, count):
    """`folder` holding `count` files of about `size` bytes cut from the text at `path` at
    paragraph breaks (made once)."""
    marker = os.path.join(folder, f".complete-{size}-{count}")
    if not os.path.exists(marker):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        with open(path, encoding="utf-8") as f:
            paragraphs = f.read().split("\n\n")
        made, part, length = 0, [], 0
        for p in paragraphs:
            part.append(p)
            length += len(p.encode())
            if length >= size:
                with open(os.path.join(folder, f"a{made:05d}.txt"), "w", encoding="utf-8") as out:
                    out.write("\n\n".join(part) + "\n")
                made, part, length = made + 1, [], 0
                if made == count:
                    break
        open(marker, "w").close()
    return folder


def batch_runs(ingest, folder, outs, label, rounds):
    """Medians of `ingest FOLDER --output … --jobs N`: one worker pinned to one core, one
    worker, two workers; each run in a new output folder under `outs`."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    runs = {"one_core": [], "jobs1": [], "jobs2": []}
    for r in range(rounds):
        for name, prefix, jobs in (("one_core", pin, 1), ("jobs1", [], 1), ("jobs2", [], 2)):
            out = os.path.join(outs, f"{label}-{name}-{r}")
            runs[name].append(timed(prefix + [ingest, folder, "--output", out, "--jobs", str(jobs)]))
    med = {n: {k: statistics.median([x[k] for x in v]) for k in ("wall", "cpu", "rss_mb")} for n, v in runs.items()}
    files = corpus_files(folder)
    med.update(documents=len(files), mb=sum(os.path.getsize(f) for f in files) / 1e6,
               speedup_cores=med["one_core"]["wall"] / med["jobs2"]["wall"],
               speedup_workers=med["jobs1"]["wall"] / med["jobs2"]["wall"])
    return med


def stage_runs(args, icu, path, baseline_file, bench, gaz):
    """Round-robin runs of every configuration on `path`; returns table rows."""
    commands = {"C + ICU word + sentence (`icu_bench both`)": [icu, "both", baseline_file]}
    commands["decode + tokens + sentences (`segment`)"] = [bench, "segment", path]
    commands["+ entities, default gazetteers (`entities`)"] = [bench, "entities", path]
    if gaz:
        commands["+ entities, + 1M-name gazetteer, compiled (`entities --gazetteer gaz_1m.tsv --no-cache`)"] = \
            [bench, "entities", path, "--gazetteer", gaz, "--no-cache"]
        commands["+ entities, + 1M-name gazetteer, from the cache (`entities --gazetteer gaz_1m.tsv`)"] = \
            [bench, "entities", path, "--gazetteer", gaz]
    commands["decode + tokens + sentences + dates (`dates`)"] = [bench, "dates", path]
    commands["full default pipeline (`pipeline`)"] = [bench, "pipeline", path]
    if gaz:
        commands["full pipeline + 1M-name gazetteer, from the cache (`pipeline --gazetteer gaz_1m.tsv`)"] = \
            [bench, "pipeline", path, "--gazetteer", gaz]
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(ROOT, ".bench-data", "cache"))
    if gaz:
        run([bench, "entities", args.article, "--gazetteer", gaz], env=env)   # fills the cache
    results = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, cmd in commands.items():
            results[name].append(run(cmd, env=env))
    base_cpu = [r["json"]["cpu_sec"] for r in results[next(iter(commands))]]
    size_mb = results[next(iter(commands))][0]["json"]["bytes"] / 1e6
    rows = []
    for name, runs in results.items():
        cpu = [r["json"]["cpu_sec"] for r in runs]
        wall = [r["json"]["sec"] for r in runs]
        row = {"name": name, "mb_s": size_mb / statistics.median(wall), "mb_s_cpu": size_mb / statistics.median(cpu),
               "x_baseline": statistics.median([b / c for b, c in zip(base_cpu, cpu)]),
               "peak_rss_mb": statistics.median([r["rss_mb"] or r["json"].get("peak_rss_mb", 0) for r in runs]),
               "setup_sec": statistics.median([r["json"].get("setup_sec", 0) for r in runs])}
        stages = [r["json"].get("stages_cpu_sec") for r in runs if r["json"].get("stages_cpu_sec")]
        if stages:
            row["stages_cpu_sec"] = {k: statistics.median([s[k] for s in stages]) for k in stages[0]}
        counts = runs[0]["json"]
        row["counts"] = {k: counts.get(k) for k in ["documents", "tokens", "sents", "entities", "timexes", "events"] if k in counts}
        rows.append(row)
    return size_mb, rows


def print_rows(title, size_mb, rows, rounds):
    print(f"### {title} ({size_mb:.2f} MB), {rounds} rounds, medians")
    print()
    print("| run | MB/s wall | MB/s CPU | x baseline (CPU) | setup | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        setup = f"{r['setup_sec']:.2f} s" if r["setup_sec"] else "–"
        print(f"| {r['name']} | {r['mb_s']:.1f} | {r['mb_s_cpu']:.1f} | {r['x_baseline']:.2f} | {setup} | {r['peak_rss_mb']:.0f} MB |")
    for r in rows:
        if "stages_cpu_sec" in r and r["name"].startswith("full"):
            print()
            print("Stages of the full pipeline (CPU seconds, median): " +
                  ", ".join(f"{k} {v:.3f}" for k, v in r["stages_cpu_sec"].items()))
            print("Counts: " + ", ".join(f"{k} {v}" for k, v in r["counts"].items()))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default=os.path.join(ROOT, ".bench-data", "fr_bench_20mb.txt"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    ap.add_argument("--article", default=os.path.join(ROOT, "corpus", "fr", "openai-2023-11.fr.txt"))
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, ".bench-data", "gaz_1m.tsv"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--replicas", type=int, default=50, help="copies of the corpus in the small batch folder")
    ap.add_argument("--many-replicas", type=int, default=250, help="copies of the corpus in the large batch folder")
    ap.add_argument("--batch-outs", default=os.path.join(ROOT, ".bench-data"),
                    help="where the batch runs write (in a new folder, deleted at the end)")
    ap.add_argument("--icu-bench")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    icu = ensure_inputs(args)
    release = os.path.join(ROOT, ".build", "release")
    bench, ingest = os.path.join(release, "gazette-bench"), os.path.join(release, "ingest")
    gaz = args.gazetteer if os.path.exists(args.gazetteer) else None
    data = os.path.join(ROOT, ".bench-data")
    report = {"rounds": args.rounds}

    size, rows = stage_runs(args, icu, args.file, args.file, bench, gaz)
    print_rows(f"`{os.path.basename(args.file)}`", size, rows, args.rounds)
    report["file"] = {"path": args.file, "rows": rows}
    files = corpus_files(args.corpus)
    if files:
        joined = concatenated(files, os.path.join(data, "corpus-concatenated.txt"))
        size, rows = stage_runs(args, icu, args.corpus, joined, bench, gaz)
        print_rows(f"the corpus, {len(files)} articles as {len(files)} documents", size, rows, args.rounds)
        report["corpus"] = {"path": args.corpus, "rows": rows}

    # Whole processes.
    empty = os.path.join(data, "empty.txt")
    open(empty, "w").close()
    whole = [timed([ingest, "--max-bytes", "100000000", args.file]) for _ in range(max(3, args.rounds // 2))]
    size_mb = os.path.getsize(args.file) / 1e6
    extra = {"ingest_whole_process_mb_s": size_mb / statistics.median([w["wall"] for w in whole]),
             "ingest_whole_process_mb_s_cpu": size_mb / statistics.median([w["cpu"] for w in whole]),
             "ingest_peak_rss_mb": statistics.median([w["rss_mb"] for w in whole]),
             "ingest_empty_peak_rss_mb": timed([ingest, empty])["rss_mb"]}
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(data, "cache"))
    cold = [timed([ingest, args.article], env=env) for _ in range(max(7, args.rounds))]
    extra["ingest_cold_start_ms"] = statistics.median([c["wall"] for c in cold]) * 1000
    extra["ingest_cold_start_cpu_ms"] = statistics.median([c["cpu"] for c in cold]) * 1000
    extra["ingest_cold_start_rss_mb"] = statistics.median([c["rss_mb"] for c in cold])
    if gaz:
        cold1m = [timed([ingest, "--gazetteer", gaz, args.article], env=env) for _ in range(max(3, args.rounds // 2))]
        extra["ingest_cold_start_1m_cached_ms"] = statistics.median([c["wall"] for c in cold1m]) * 1000
        extra["ingest_cold_start_1m_cached_rss_mb"] = statistics.median([c["rss_mb"] for c in cold1m])
    print("### Whole `ingest` processes")
    print()
    print(f"* `ingest` on {os.path.basename(args.file)} (read, SHA-256, pipeline, JSON): "
          f"{extra['ingest_whole_process_mb_s']:.1f} MB/s wall, {extra['ingest_whole_process_mb_s_cpu']:.1f} MB/s CPU, "
          f"peak RSS {extra['ingest_peak_rss_mb']:.0f} MB ({extra['ingest_empty_peak_rss_mb']:.0f} MB on an empty file)")
    print(f"* cold start, `ingest {os.path.basename(args.article)}`: {extra['ingest_cold_start_ms']:.0f} ms wall "
          f"({extra['ingest_cold_start_cpu_ms']:.0f} ms CPU), {extra['ingest_cold_start_rss_mb']:.0f} MB")
    if gaz:
        print(f"* cold start with `--gazetteer gaz_1m.tsv` (from the cache): {extra['ingest_cold_start_1m_cached_ms']:.0f} ms, "
              f"{extra['ingest_cold_start_1m_cached_rss_mb']:.0f} MB")
    print()

    if files and not args.skip_batch:
        tiny = replicated(files, os.path.join(data, f"batch-{args.replicas}"), args.replicas)
        many = replicated(files, os.path.join(data, f"batch-{args.many_replicas}"), args.many_replicas)
        small = replicated(files, os.path.join(data, f"batch-{max(1, args.replicas // 5)}"), max(1, args.replicas // 5))
        typical = articles_of(args.file, os.path.join(data, "batch-5k"), 5000, 2000)
        # Each run writes a new folder, and all are deleted at the end: ext4 skips the inodes
        # freed in the last minutes when it creates a file, so deleting one run's thousand
        # files just before the next run made that run's file creations (and two workers'
        # contention on them) dominate the measure.
        os.makedirs(args.batch_outs, exist_ok=True)
        outs = tempfile.mkdtemp(prefix="gazette-batch-", dir=args.batch_outs)
        extra["batch"] = {}
        try:
            for label, folder in (("typical", typical), ("tiny", tiny), ("many", many)):
                extra["batch"][label] = batch_runs(ingest, folder, outs, label, max(3, args.rounds // 2))
            small_rss = timed([ingest, small, "--output", os.path.join(outs, "small"), "--jobs", "2"])["rss_mb"]
        finally:
            shutil.rmtree(outs, ignore_errors=True)
        extra["batch"]["rss_mb_fifth"] = small_rss
        print("### Batch: `ingest DIR --output OUT --jobs N`, medians")
        print()
        print("One core is `taskset -c 0 ingest … --jobs 1` (with `--jobs 1` alone, the delivering and syncing")
        print("threads and the kernel's file work still use the second core).")
        print()
        print("| folder | 1 worker, 1 core | 1 worker | 2 workers | 2 workers / 1 core | 2 workers / 1 worker | CPU (2 workers) | peak RSS |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for label, text in (("typical", "articles of about 5 KB (the 20 MB text cut at paragraphs)"),
                            ("tiny", "articles of about 3 KB (the corpus copied)"),
                            ("many", "articles of about 3 KB (the corpus copied)")):
            r = extra["batch"][label]
            print(f"| {r['documents']} {text}, {r['mb']:.1f} MB | {r['one_core']['wall']:.2f} s | {r['jobs1']['wall']:.2f} s | "
                  f"{r['jobs2']['wall']:.2f} s | **{r['speedup_cores']:.2f}x** | {r['speedup_workers']:.2f}x | "
                  f"{r['jobs2']['cpu']:.2f} s | {r['jobs2']['rss_mb']:.0f} MB |")
        print()
        print(f"Peak RSS with two workers, {len(corpus_files(small))} articles of the corpus: {small_rss:.0f} MB, "
              f"{extra['batch']['tiny']['documents']}: {extra['batch']['tiny']['jobs2']['rss_mb']:.0f} MB, "
              f"{extra['batch']['many']['documents']}: {extra['batch']['many']['jobs2']['rss_mb']:.0f} MB")
    report.update(extra)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
