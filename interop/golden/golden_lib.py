"""What generate.py (Qt 5, PyQt5) and generate_qt6.py (Qt 6, PyQt6) share: the pinned environment,
stream version numbers, the vector collection, and building and driving cpp/qtwriter.cpp.
It imports no Qt binding, so each generator loads exactly one Qt.
"""

import json
import os
import subprocess
import sys

import wire

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RESOURCES = os.path.join(ROOT, "harness", "src", "test", "resources", "golden")

PINNED_ENV = {"TZ": "UTC", "QT_HASH_SEED": "0", "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8",
              "QT_QPA_PLATFORM": "offscreen"}


def pin_environment():
    """Re-executes the running script with PINNED_ENV unless it already has it."""
    if any(os.environ.get(k) != v for k, v in PINNED_ENV.items()):
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, **PINNED_ENV})


# QDataStream::Version names in enum order, with their wire numbers.
WIRE_NUMBERS = {
    "Qt_1_0": 1, "Qt_2_0": 2, "Qt_2_1": 3, "Qt_3_0": 4, "Qt_3_1": 5, "Qt_3_3": 6, "Qt_4_0": 7, "Qt_4_1": 7,
    "Qt_4_2": 8, "Qt_4_3": 9, "Qt_4_4": 10, "Qt_4_5": 11, "Qt_4_6": 12, "Qt_4_7": 12, "Qt_4_8": 12, "Qt_4_9": 12,
    "Qt_5_0": 13, "Qt_5_1": 14, "Qt_5_2": 15, "Qt_5_3": 15, "Qt_5_4": 16, "Qt_5_5": 16, "Qt_5_6": 17,
    "Qt_5_7": 17, "Qt_5_8": 17, "Qt_5_9": 17, "Qt_5_10": 17, "Qt_5_11": 17, "Qt_5_12": 18, "Qt_5_13": 19,
    "Qt_5_14": 19, "Qt_5_15": 19, "Qt_6_0": 20, "Qt_6_1": 20, "Qt_6_2": 20, "Qt_6_3": 20, "Qt_6_4": 20,
    "Qt_6_5": 20, "Qt_6_6": 21, "Qt_6_7": 22, "Qt_6_8": 22, "Qt_6_9": 22, "Qt_6_10": 23, "Qt_6_11": 24,
}
VERSION_INDEX = {name: i for i, name in enumerate(WIRE_NUMBERS)}


def version_number(name):
    return WIRE_NUMBERS[name]


class Golden:
    """The vectors of one generator run, keyed for a sorted, de-duplicated output."""

    def __init__(self, open_stream):
        # open_stream(options) -> (finish, stream): write to stream, then finish() gives the bytes.
        self.open_stream = open_stream
        self.entries = {}
        self.cpp_requests = []
        self.variant_names = {}
        self.lossy = 0  # vectors left out because Qt does not read its own bytes back as the value

    def pyqt(self, type_expr, options, write, expected=None, check=None):
        """Writes through the Qt binding: write(stream) streams one value."""
        finish, stream = self.open_stream(options)
        write(stream)
        self.add(type_expr, options, finish(), expected, check)

    def cpp(self, type_expr, options, internal, expected=None, request_type=None, variant_name=None):
        """Queues a value for cpp/qtwriter (request_type: the instantiation to use, if not type_expr;
        variant_name: for a QVariant, the type name whose id Qt writes, learned for wire.py)."""
        self.cpp_requests.append((type_expr, options, internal, expected, request_type or type_expr))
        if variant_name:
            self.variant_names[len(self.cpp_requests) - 1] = variant_name

    def run_cpp(self, binary):
        lines = []
        for _, (version, order, precision), internal, _, request_type in self.cpp_requests:
            lines.append("\t".join([request_type, str(version_number(version)), order[0], precision[0],
                                    json.dumps(internal, separators=(",", ":"))]))
        result = subprocess.run([binary], input="\n".join(lines) + "\n", capture_output=True, text=True,
                                check=True)
        answers = result.stdout.splitlines()
        if len(answers) != len(self.cpp_requests):
            raise AssertionError("qtwriter answered %d of %d requests" % (len(answers), len(self.cpp_requests)))
        for index, name in self.variant_names.items():
            learn_variant_id(name, self.cpp_requests[index][1], bytes.fromhex(answers[index].split("\t")[0]))
        for (type_expr, options, _, expected, _), answer in zip(self.cpp_requests, answers):
            self.add(type_expr, options, bytes.fromhex(answer.split("\t")[0]), expected, None)

    def add(self, type_expr, options, data, expected, check):
        version, order, precision = options
        try:
            value = wire.decode(type_expr, data, version_number(version), order == "big", precision == "single")
        except wire.Lossy:
            self.lossy += 1
            return
        if expected is not None and value != expected and version_number(version) >= wire.QT_3_3:
            raise AssertionError("%s at %s: Qt wrote %s, read back as %r, expected %r"
                                 % (type_expr, options, data.hex(), value, expected))
        if check is not None:
            check(value)
        entry = {"type": type_expr, "streamVersion": version, "byteOrder": order, "floatPrecision": precision,
                 "value": value, "hex": data.hex()}
        line = json.dumps(entry, ensure_ascii=True, separators=(",", ":"))
        sort_key = (type_expr, VERSION_INDEX[version], order, precision, data.hex(), line)
        self.entries[sort_key] = line

    def write(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="ascii", newline="\n") as out:
            for key in sorted(self.entries):
                out.write(self.entries[key] + "\n")

    def report(self, path):
        counts = {}
        for key in self.entries:
            counts[key[0]] = counts.get(key[0], 0) + 1
        print("%d vectors -> %s (%d left out: Qt does not read them back as written)"
              % (len(self.entries), path, self.lossy), file=sys.stderr)
        for type_expr in sorted(counts):
            print("  %6d  %s" % (counts[type_expr], type_expr), file=sys.stderr)


def learn_variant_id(name, options, data):
    """Records the type id Qt wrote for a QVariant of type name (the invalid and user types aside)."""
    version, order, _ = options
    type_id = int.from_bytes(data[:4], "big" if order == "big" else "little")
    number = version_number(version)
    if type_id == 0 or wire.user_type_id(type_id, number):
        return
    table = wire.VARIANT_IDS[wire.numbering(number)]
    if table.get(type_id, name) != name:
        raise AssertionError("type id %d is both %s and %s" % (type_id, table[type_id], name))
    table[type_id] = name


def build_qtwriter(directory, qt_module="Qt5Core"):
    """Compiles cpp/qtwriter.cpp against qt_module (Qt5Core or Qt6Core) into directory."""
    source = os.path.join(HERE, "cpp", "qtwriter.cpp")
    binary = os.path.join(directory, "qtwriter")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", qt_module], capture_output=True, text=True,
                           check=True).stdout.split()
    subprocess.run(["g++", "-std=c++17", "-O1", "-fPIC", "-Wno-deprecated-declarations", "-o", binary, source]
                   + flags, check=True)
    return binary


def utf16_units(text):
    """UTF-16 code units of a Python str whose lone surrogates stand for themselves."""
    units = []
    for ch in text:
        cp = ord(ch)
        if cp >= 0x10000:
            cp -= 0x10000
            units += [0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF)]
        else:
            units.append(cp)
    return units


def utf16_hex(text):
    return "".join("%04x" % u for u in utf16_units(text))


def as_units(text):
    """The str wire.py reads back: one Python character per UTF-16 code unit."""
    return None if text is None else "".join(chr(u) for u in utf16_units(text))
