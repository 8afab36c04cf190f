#!/usr/bin/env python3
"""Run `ingest --stream` over documents with Apache Spark (PySpark, local mode by default).

usage: spark-ingest.py [--ingest PATH] [--master URL] [--partitions N] [--reference-date DATE]
                       [--verify] OUTPUT INPUT...

INPUT is a .txt file or a folder (every .txt below it, in sorted order). Each document
becomes one JSON line {"id", "text"[, "referenceDate"]} (id: its path relative to its
folder, without .txt), and the lines go through `ingest --stream` with RDD.pipe and
checkCode=True: one ingest process per partition, with an empty environment, so a crash or
a non-zero exit fails the Spark task instead of losing records silently.

OUTPUT is a JSON Lines file of the records in input order; if it ends with '/', Spark
writes it as a folder of part files instead (saveAsTextFile), for data that does not fit
the driver. With --verify the script checks that every document came back exactly once,
as a record (or an error record) with its id, and exits 1 otherwise.

Files that are not UTF-8 are decoded with replacement characters (the Spark path carries
text, not bytes; use `ingest FOLDER --output` for charset detection).
"""
import argparse
import json
import os
import sys


def documents(inputs, reference_date):
    for given in inputs:
        if os.path.isdir(given):
            found = []
            for folder, dirs, files in os.walk(given, followlinks=False):
                dirs.sort()
                for name in files:
                    if name.endswith(".txt"):
                        path = os.path.join(folder, name)
                        found.append((os.path.relpath(path, given), path))
            found.sort(key=lambda item: item[0].encode("utf-8", "surrogateescape"))
        else:
            found = [(os.path.basename(given), given)]
        for relative, path in found:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
            if text.startswith("\ufeff"):
                text = text[1:]
            line = {"id": relative[:-4] if relative.endswith(".txt") else relative, "text": text}
            if reference_date:
                line["referenceDate"] = reference_date
            yield json.dumps(line, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--ingest", default="ingest", help="path of the ingest executable")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--reference-date")
    parser.add_argument("--verify", action="store_true")
    args = parser.parse_args()

    from pyspark import SparkConf, SparkContext

    lines = list(documents(args.inputs, args.reference_date))
    ids = [json.loads(line)["id"] for line in lines]
    if len(set(ids)) != len(ids):
        sys.exit("spark-ingest: two inputs have the same id")
    ingest = os.path.abspath(args.ingest) if os.sep in args.ingest else args.ingest

    conf = (SparkConf().setMaster(args.master).setAppName("gazette-ingest")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        rdd = sc.parallelize(lines, max(1, min(args.partitions, len(lines))))
        records = rdd.pipe(f"{ingest} --stream", env={}, checkCode=True)
        if args.output.endswith("/"):
            records.saveAsTextFile(args.output)
            out = records.collect() if args.verify else None
        else:
            out = records.collect()  # partitions come back in order, and ingest keeps line order
            with open(args.output, "w", encoding="utf-8") as f:
                for record in out:
                    f.write(record + "\n")
    finally:
        sc.stop()

    if args.verify:
        returned = []
        errors = 0
        for record in out:
            obj = json.loads(record)
            returned.append(obj["document"]["id"])
            errors += "error" in obj
        missing = [i for i in ids if i not in set(returned)]
        duplicated = sorted({i for i in returned if returned.count(i) > 1})
        print(f"spark-ingest: {len(ids)} documents sent, {len(out)} records back, {errors} error records, "
              f"{len(missing)} missing, {len(duplicated)} duplicated, order {'kept' if returned == ids else 'CHANGED'}")
        if len(out) != len(ids) or missing or duplicated or returned != ids:
            for i in missing[:10]:
                print(f"spark-ingest: missing: {i}", file=sys.stderr)
            for i in duplicated[:10]:
                print(f"spark-ingest: duplicated: {i}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
