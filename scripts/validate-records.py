#!/usr/bin/env python3
"""Validate JSON records against a JSON Schema.

usage: validate-records.py SCHEMA FILE...

Each FILE is a JSON document or JSON Lines (one record per line). Every record is checked
against SCHEMA; records with spans are also checked for start <= end. Prints one line per
problem (FILE:LINE: path: message) and exits 1 if there is any, 0 otherwise.
"""
import json
import sys

import jsonschema


def records(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        yield 1, json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield number, json.loads(line)


def spans(value, path="$"):
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, item in value.items():
            yield from spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from spans(item, f"{path}[{i}]")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    problems = count = 0
    for path in argv[2:]:
        for number, record in records(path):
            count += 1
            for error in validator.iter_errors(record):
                problems += 1
                if error.context:  # oneOf: report the closest alternative's problem
                    error = jsonschema.exceptions.best_match(error.context)
                where = "/".join(str(p) for p in error.absolute_path) or "$"
                print(f"{path}:{number}: {where}: {error.message}")
            for where, span in spans(record):
                if span["start"] > span["end"]:
                    problems += 1
                    print(f"{path}:{number}: {where}: start {span['start']} > end {span['end']}")
    print(f"{count} record(s), {problems} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
