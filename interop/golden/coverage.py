#!/usr/bin/python3
"""Prints the coverage table of docs/golden-vectors.md: vectors per type and stream version group.

Usage: /usr/bin/python3 interop/golden/coverage.py [golden.jsonl | golden-qt6.jsonl]
Columns are QDataStream wire numbers (several Qt_x_y names share one; the first name is shown);
every name is in the file, see the per-option totals under the table.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from golden_lib import RESOURCES, WIRE_NUMBERS as WIRE  # noqa: E402

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(RESOURCES, "golden.jsonl")
cells = collections.Counter()
per_type = collections.Counter()
per_option = collections.Counter()
for line in open(PATH, encoding="ascii"):
    e = json.loads(line)
    cells[e["type"], WIRE[e["streamVersion"]]] += 1
    per_type[e["type"]] += 1
    per_option["streamVersion " + e["streamVersion"]] += 1
    per_option["byteOrder " + e["byteOrder"]] += 1
    per_option["floatPrecision " + e["floatPrecision"]] += 1

numbers = sorted({n for _, n in cells})
FIRST = {}
for name, number in WIRE.items():  # the first name in the file for each wire number
    if "streamVersion " + name in per_option:
        FIRST.setdefault(number, name)
print("| type | total | " + " | ".join("%d<br>%s" % (n, FIRST[n].replace("Qt_", "")) for n in numbers) + " |")
print("|---|---:|" + "---:|" * len(numbers))
for t in sorted(per_type):
    print("| `%s` | %d | " % (t, per_type[t]) + " | ".join(str(cells[t, n]) if cells[t, n] else "" for n in numbers) + " |")
print("| **all** | %d | " % sum(per_type.values())
      + " | ".join(str(sum(cells[t, n] for t in per_type)) for n in numbers) + " |")
print()
print(", ".join("%s: %d" % (k, v) for k, v in sorted(per_option.items(), key=lambda kv: (kv[0].split()[0], WIRE.get(kv[0].split()[1], 0), kv[0]))))
