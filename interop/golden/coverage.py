#!/usr/bin/python3
"""Prints the coverage table of docs/golden-vectors.md: vectors per type and stream version group.

Usage: /usr/bin/python3 interop/golden/coverage.py [golden.jsonl]
Columns are QDataStream wire numbers (several Qt_x_y names share one; the first name is shown);
every name is in the file, see the per-option totals under the table.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "harness", "src", "test", "resources", "golden", "golden.jsonl")
WIRE = {"Qt_1_0": 1, "Qt_2_0": 2, "Qt_2_1": 3, "Qt_3_0": 4, "Qt_3_1": 5, "Qt_3_3": 6, "Qt_4_0": 7, "Qt_4_1": 7,
        "Qt_4_2": 8, "Qt_4_3": 9, "Qt_4_4": 10, "Qt_4_5": 11, "Qt_4_6": 12, "Qt_4_7": 12, "Qt_4_8": 12,
        "Qt_4_9": 12, "Qt_5_0": 13, "Qt_5_1": 14, "Qt_5_2": 15, "Qt_5_3": 15, "Qt_5_4": 16, "Qt_5_5": 16,
        "Qt_5_6": 17, "Qt_5_7": 17, "Qt_5_8": 17, "Qt_5_9": 17, "Qt_5_10": 17, "Qt_5_11": 17, "Qt_5_12": 18,
        "Qt_5_13": 19, "Qt_5_14": 19, "Qt_5_15": 19}
FIRST = {}
for name, number in WIRE.items():
    FIRST.setdefault(number, name)

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

numbers = sorted(FIRST)
print("| type | total | " + " | ".join("%d<br>%s" % (n, FIRST[n].replace("Qt_", "")) for n in numbers) + " |")
print("|---|---:|" + "---:|" * len(numbers))
for t in sorted(per_type):
    print("| `%s` | %d | " % (t, per_type[t]) + " | ".join(str(cells[t, n]) if cells[t, n] else "" for n in numbers) + " |")
print("| **all** | %d | " % sum(per_type.values())
      + " | ".join(str(sum(cells[t, n] for t in per_type)) for n in numbers) + " |")
print()
print(", ".join("%s: %d" % (k, v) for k, v in sorted(per_option.items(), key=lambda kv: (kv[0].split()[0], WIRE.get(kv[0].split()[1], 0), kv[0]))))
