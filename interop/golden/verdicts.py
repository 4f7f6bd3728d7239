#!/usr/bin/python3
"""Real Qt 6's verdicts on the hand-built inputs of verdict_inputs.jsonl (extended sizes, counts
beyond the input, the void QVariant, ...), read by Qt through interop/differential/qt_decode.py.

Usage (PyQt6, e.g. Qt 6.11 in the sid chroot):
    interop/qt/run.sh sid /usr/bin/python3 interop/golden/verdicts.py [OUTPUT]
    (default OUTPUT: harness/src/test/resources/golden/verdicts-qt<major.minor>.jsonl)

Each output line is the input line plus what Qt said: "verdict" (ok, truncated = ReadPastEnd,
corrupt = ReadCorruptData, limit = SizeLimitExceeded), and for "ok" the bytes "consumed" and the
"value" (qt_decode.py's form). QtVerdictTest holds the codec to the Qt 6.11 file; check.sh
regenerates the files and fails when Qt's verdicts change.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "differential"))
import golden_lib  # noqa: E402

golden_lib.pin_environment()
sys.argv.append("--qt6")
import qt_decode  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if a != "--qt6"]
    minor = ".".join(qt_decode.QT_VERSION_STR.split(".")[:2])
    output = args[0] if args else os.path.join(golden_lib.RESOURCES, "verdicts-qt%s.jsonl" % minor)
    lines = []
    for text in open(os.path.join(HERE, "verdict_inputs.jsonl"), encoding="ascii"):
        q = json.loads(text)
        number = golden_lib.version_number(q["streamVersion"])
        inp = qt_decode.Input(bytes.fromhex(q["hex"]), number, q.get("byteOrder", "big") == "big", False)
        try:
            value = qt_decode.read(qt_decode.parse_type(q["type"]), inp)
            q.update(verdict="ok", consumed=inp.pos(), value=value)
        except qt_decode.Failed:
            q.update(verdict=qt_decode.verdict(inp.stream.status()))
        lines.append(json.dumps(q, ensure_ascii=True, separators=(",", ":")))
    with open(output, "w", encoding="ascii", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print("%d verdicts of Qt %s -> %s" % (len(lines), qt_decode.QT_VERSION_STR, output), file=sys.stderr)


if __name__ == "__main__":
    main()
