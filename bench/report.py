#!/usr/bin/python3
"""Turns a JMH JSON result (bench/run.sh) into a Markdown table of ratios and a PNG chart.

Usage: /usr/bin/python3 bench/report.py bench/results/<run>.json [--png out.png] [--md out.md]

Every ratio compares benchmarks of the same JSON file, i.e. measured in the same run on the same
machine. Throughput comes from the @AuxCounters "bytes" and "blocks" (per second); allocation
per block is gc.alloc.rate.norm (bytes per operation) divided by blocks per operation.
"""
import argparse
import json
import sys
from collections import defaultdict

CHUNKINGS = ["WHOLE", "MTU_1460", "RANDOM_1_64", "ONE_BYTE"]
CHUNK_LABEL = {"WHOLE": "whole stream", "MTU_1460": "1460 B", "RANDOM_1_64": "random 1-64 B",
               "ONE_BYTE": "1 B (4 MiB)"}
MIB = 1 << 20


def load(path):
    with open(path) as f:
        runs = json.load(f)
    out = {}
    for r in runs:
        cls, method = r["benchmark"].rsplit(".", 1)
        cls = cls.rsplit(".", 1)[1]
        params = r.get("params", {})
        sec = r.get("secondaryMetrics", {})
        ops = r["primaryMetric"]["score"]
        ops_err = r["primaryMetric"].get("scoreError", float("nan"))
        rec = {"ops": ops, "opsErr": ops_err, "unit": r["primaryMetric"]["scoreUnit"],
               "bytes": sec.get("bytes", {}).get("score"),
               "blocks": sec.get("blocks", {}).get("score"),
               "allocNorm": sec.get("gc.alloc.rate.norm", {}).get("score"),
               "forks": r.get("forks"), "jvm": r.get("jvm"), "vm": r.get("vmVersion"),
               "params": params}
        key = (cls, method) + tuple(sorted(params.items()))
        out[key] = rec
    return out


def get(res, cls, method, **params):
    """The result of cls.method whose params include the given ones (None values are ignored)."""
    want = {k: str(v) for k, v in params.items() if v is not None}
    for key, rec in res.items():
        if key[0] == cls and key[1] == method:
            have = dict(key[2:])
            if all(have.get(k) == v for k, v in want.items()):
                return rec
    return None


def mibs(rec):
    if rec is None or rec["bytes"] is None:
        return None
    return rec["bytes"] / MIB


def alloc_per_block(rec):
    if rec is None or rec["allocNorm"] is None or not rec["blocks"]:
        return None
    blocks_per_op = rec["blocks"] / rec["ops"]
    return rec["allocNorm"] / blocks_per_op


def fmt(x, digits=1):
    if x is None:
        return "-"
    return f"{x:,.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def reassembly_rows(res):
    rows = []
    for stream in ("TRIP", "FORTUNE"):
        for ch in CHUNKINGS:
            cands = [k for k in res if k[0] == "ReassemblyBenchmark" and dict(k[2:]).get("stream") == stream
                     and dict(k[2:]).get("chunking") == ch]
            if not cands:
                continue
            p = dict(cands[0][2:])
            size = p.get("sizeMiB")
            q = get(res, "ReassemblyBenchmark", "qdatastream", stream=stream, chunking=ch, sizeMiB=size)
            f = get(res, "ReassemblyBenchmark", "framingOnly", stream=stream, chunking=ch, sizeMiB=size)
            n = get(res, "ReassemblyBenchmark", "netty", stream=stream, chunking=ch, sizeMiB=size)
            c = get(res, "ReassemblyBenchmark", "copyLoop", stream=stream, chunking=ch, sizeMiB=size)
            rows.append({"stream": stream, "chunking": ch, "size": size,
                         "q": mibs(q), "f": mibs(f), "n": mibs(n), "c": mibs(c),
                         "qBlocks": q["blocks"] if q else None,
                         "vsNetty": ratio(mibs(q), mibs(n)),
                         "copyOverQ": ratio(mibs(c), mibs(q)),
                         "copyOverF": ratio(mibs(c), mibs(f)),
                         "aQ": alloc_per_block(q), "aF": alloc_per_block(f), "aN": alloc_per_block(n)})
    return rows


def markdown(res):
    lines = []
    rows = reassembly_rows(res)
    if rows:
        lines.append("### Reassembly + full field decode (MiB/s of stream; higher is better)\n")
        lines.append("| stream | chunking | qdatastream | framing only | Netty 4.2 | copy loop | **qds / Netty** "
                     "| copy / qds | copy / framing | B/block qds | B/block framing | B/block Netty |")
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            lines.append(f"| {r['stream'].lower()} ({r['size']} MiB) | {CHUNK_LABEL[r['chunking']]} | {fmt(r['q'])} | "
                         f"{fmt(r['f'])} | {fmt(r['n'])} | {fmt(r['c'])} | **{fmt(r['vsNetty'], 2)}x** | "
                         f"{fmt(r['copyOverQ'], 2)} | {fmt(r['copyOverF'], 2)} | {fmt(r['aQ'])} | {fmt(r['aF'])} | "
                         f"{fmt(r['aN'])} |")
        lines.append("")
    enc = [k for k in res if k[0] == "EncodeBenchmark"]
    if enc:
        lines.append("### Encoding (MiB/s of stream produced)\n")
        lines.append("| stream | qdatastream | Netty ByteBuf | **qds / Netty** | B/block qds | B/block Netty |")
        lines.append("|---|---:|---:|---:|---:|---:|")
        for stream in ("TRIP", "FORTUNE"):
            q = get(res, "EncodeBenchmark", "qdatastream", stream=stream)
            n = get(res, "EncodeBenchmark", "netty", stream=stream)
            if q is None:
                continue
            lines.append(f"| {stream.lower()} | {fmt(mibs(q))} | {fmt(mibs(n))} | **{fmt(ratio(mibs(q), mibs(n)), 2)}x** | "
                         f"{fmt(alloc_per_block(q))} | {fmt(alloc_per_block(n))} |")
        lines.append("")
    st = [k for k in res if k[0] == "StringDecodeBenchmark"]
    if st:
        lines.append("### QString decoding (million strings/s, 100 characters each)\n")
        lines.append("| text | QDataReader.readString | new String(.., UTF_16BE) | **ratio** |")
        lines.append("|---|---:|---:|---:|")
        texts = sorted({dict(k[2:])["text"] for k in st}, reverse=True)
        for t in texts:
            params = dict(st[0][2:])
            q = get(res, "StringDecodeBenchmark", "qdataReader", text=t, chars=params.get("chars"))
            j = get(res, "StringDecodeBenchmark", "jdkUtf16be", text=t, chars=params.get("chars"))
            if q is None or j is None:
                continue
            lines.append(f"| {t} | {fmt(q['ops'] / 1e6, 2)} | {fmt(j['ops'] / 1e6, 2)} | **{fmt(q['ops'] / j['ops'], 2)}x** |")
        lines.append("")
    lin = [k for k in res if k[0] == "LinearityBenchmark"]
    if lin:
        lines.append("### Linearity at one-byte chunks (MiB/s; framing only)\n")
        lines.append("| stream / block payload | reassembler | copy loop | copy / reassembler | reassembler vs first row |")
        lines.append("|---|---:|---:|---:|---:|")
        shapes = []
        for k in lin:
            s = dict(k[2:])["shape"]
            if s not in shapes:
                shapes.append(s)
        shapes.sort(key=shape_key)
        first = None
        for s in shapes:
            r = get(res, "LinearityBenchmark", "reassembler", shape=s)
            c = get(res, "LinearityBenchmark", "copyLoop", shape=s)
            if first is None:
                first = mibs(r)
            lines.append(f"| {s} | {fmt(mibs(r))} | {fmt(mibs(c))} | {fmt(ratio(mibs(c), mibs(r)), 2)} | "
                         f"{fmt(ratio(mibs(r), first), 2)} |")
        lines.append("")
    return "\n".join(lines)


def shape_key(s):
    size, block = s.split("/")
    return (parse_size(block), parse_size(size))


def parse_size(x):
    x = x.strip().upper()
    for suffix, mult in (("MIB", MIB), ("KIB", 1024), ("B", 1)):
        if x.endswith(suffix):
            return float(x[: -len(suffix)]) * mult
    return float(x)


def chart(res, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = reassembly_rows(res)
    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    for ax, stream in zip(axes[0], ("TRIP", "FORTUNE")):
        rs = [r for r in rows if r["stream"] == stream]
        if not rs:
            ax.set_visible(False)
            continue
        labels = [CHUNK_LABEL[r["chunking"]] for r in rs]
        series = [("qdatastream", "q", "#1f77b4"), ("framing only", "f", "#aec7e8"),
                  ("Netty 4.2", "n", "#d62728"), ("copy loop", "c", "#7f7f7f")]
        width = 0.2
        for i, (name, key, color) in enumerate(series):
            xs = [j + (i - 1.5) * width for j in range(len(rs))]
            ys = [r[key] or 0 for r in rs]
            ax.bar(xs, ys, width, label=name, color=color)
        for j, r in enumerate(rs):
            if r["vsNetty"]:
                ax.annotate(f"{r['vsNetty']:.1f}x Netty", (j - 1.5 * width, r["q"] or 0), ha="center",
                            va="bottom", fontsize=8)
        ax.set_xticks(range(len(rs)))
        ax.set_xticklabels(labels)
        ax.set_yscale("log")
        ax.set_ylabel("MiB/s (log)")
        ax.set_title(f"{stream.title()} stream: reassembly + field decode")
        ax.legend(fontsize=8)
    ax = axes[1][0]
    lin = [k for k in res if k[0] == "LinearityBenchmark"]
    if lin:
        shapes = sorted({dict(k[2:])["shape"] for k in lin}, key=shape_key)
        r = [mibs(get(res, "LinearityBenchmark", "reassembler", shape=s)) or 0 for s in shapes]
        c = [mibs(get(res, "LinearityBenchmark", "copyLoop", shape=s)) or 0 for s in shapes]
        xs = range(len(shapes))
        ax.bar([x - 0.2 for x in xs], r, 0.4, label="reassembler (framing only)", color="#1f77b4")
        ax.bar([x + 0.2 for x in xs], c, 0.4, label="copy loop", color="#7f7f7f")
        ax.set_xticks(list(xs))
        ax.set_xticklabels(shapes, fontsize=8)
        ax.set_ylabel("MiB/s")
        ax.set_title("One-byte chunks: stream size / block payload")
        ax.legend(fontsize=8)
    else:
        ax.set_visible(False)
    ax = axes[1][1]
    names, vals = [], []
    for stream in ("TRIP", "FORTUNE"):
        q = get(res, "EncodeBenchmark", "qdatastream", stream=stream)
        n = get(res, "EncodeBenchmark", "netty", stream=stream)
        if q and n:
            names.append(f"encode {stream.lower()}\nvs Netty")
            vals.append(ratio(mibs(q), mibs(n)))
    st = [k for k in res if k[0] == "StringDecodeBenchmark"]
    for t in sorted({dict(k[2:])["text"] for k in st}, reverse=True):
        chars = dict(st[0][2:]).get("chars")
        q = get(res, "StringDecodeBenchmark", "qdataReader", text=t, chars=chars)
        j = get(res, "StringDecodeBenchmark", "jdkUtf16be", text=t, chars=chars)
        if q and j:
            names.append(f"QString {t}\nvs JDK UTF_16BE")
            vals.append(q["ops"] / j["ops"])
    if names:
        ax.bar(range(len(names)), vals, color="#2ca02c")
        ax.set_xticks(range(len(names)))
        ax.set_xticklabels(names, fontsize=8)
        ax.axhline(1.0, color="black", linewidth=0.8)
        for i, v in enumerate(vals):
            ax.annotate(f"{v:.2f}x", (i, v), ha="center", va="bottom", fontsize=8)
        ax.set_ylabel("speed-up (same run)")
        ax.set_title("Encoding and QString decoding")
    else:
        ax.set_visible(False)
    fig.suptitle("qdatastream-java benchmarks (JMH, one run; ratios are within the run)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def compare_markdown(path):
    """Tabulates bench/compare.sh output: MiB/s (median pass, thread CPU time) and ratios."""
    cells = defaultdict(dict)
    for line in open(path):
        if line.startswith("#") or "=" not in line:
            continue
        kv = dict(x.split("=", 1) for x in line.split())
        cells[(kv["stream"], kv["chunking"])][kv["impl"]] = kv
    lines = ["### Paired CPU-time comparison (MiB/s, median pass; ratios within the cell)\n",
             "| stream | chunking | qdatastream | framing only | Netty 4.2 | copy loop | **qds / Netty** | copy / qds | copy / framing | blocks/s qds |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for (stream, ch), impl in cells.items():
        if stream in ("QSTRING", "ENCODE", "LINEAR"):
            continue
        m = {k: float(v["MiBps"]) for k, v in impl.items()}
        q, f, n, c = m.get("qdatastream"), m.get("framingOnly"), m.get("netty"), m.get("copyLoop")
        size = int(impl["qdatastream"]["bytes"]) / MIB
        lines.append(f"| {stream.lower()} ({size:.0f} MiB) | {CHUNK_LABEL[ch]} | {fmt(q)} | {fmt(f)} | {fmt(n)} | {fmt(c)} | "
                     f"**{fmt(ratio(q, n), 2)}x** | {fmt(ratio(c, q), 2)} | {fmt(ratio(c, f), 2)} | "
                     f"{float(impl['qdatastream']['blocksPerSec']) / 1e6:.2f} M |")
    q = {ch: impl for (stream, ch), impl in cells.items() if stream == "QSTRING"}
    if q:
        lines += ["", "| QString text (100 chars) | readString (M strings/s) | new String(.., UTF_16BE) | **ratio** |",
                  "|---|---:|---:|---:|"]
        for ch, impl in q.items():
            a, b = float(impl["qdataReader"]["blocksPerSec"]), float(impl["jdkUtf16be"]["blocksPerSec"])
            lines.append(f"| {ch} | {a / 1e6:.2f} | {b / 1e6:.2f} | **{a / b:.2f}x** |")
    e = {ch: impl for (stream, ch), impl in cells.items() if stream == "ENCODE"}
    if e:
        lines += ["", "| encoding | qdatastream (MiB/s) | Netty ByteBuf (MiB/s) | **ratio** |", "|---|---:|---:|---:|"]
        for ch, impl in e.items():
            a, b = float(impl["qdatastream"]["MiBps"]), float(impl["netty"]["MiBps"])
            lines.append(f"| {ch.lower()} | {a:.1f} | {b:.1f} | **{a / b:.2f}x** |")
    lin = [(ch, impl) for (stream, ch), impl in cells.items() if stream == "LINEAR"]
    if lin:
        lines += ["", "| one-byte chunks: stream / block | reassembler (MiB/s) | copy loop (MiB/s) | copy / reassembler "
                  "| reassembler vs first row |", "|---|---:|---:|---:|---:|"]
        first = None
        for ch, impl in lin:
            a, b = float(impl["framingOnly"]["MiBps"]), float(impl["copyLoop"]["MiBps"])
            first = first or a
            lines.append(f"| {ch} | {a:.1f} | {b:.1f} | {b / a:.2f} | {a / first:.2f} |")
    return "\n".join(lines) + "\n"


def compare_chart(path, png):
    """A bar chart of a bench/compare.sh run: MiB/s per implementation for each cell (log scale)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    cells = defaultdict(dict)
    for line in open(path):
        if line.startswith("#") or "=" not in line:
            continue
        kv = dict(x.split("=", 1) for x in line.split())
        cells[(kv["stream"], kv["chunking"])][kv["impl"]] = float(kv["MiBps"])
    fig, axes = plt.subplots(1, 2, figsize=(13, 5))
    series = [("qdatastream", "qdatastream", "#1f77b4"), ("framingOnly", "framing only", "#aec7e8"),
              ("netty", "Netty 4.2", "#d62728"), ("copyLoop", "copy loop", "#7f7f7f")]
    for ax, stream in zip(axes, ("TRIP", "FORTUNE")):
        chs = [ch for ch in CHUNKINGS if (stream, ch) in cells]
        width = 0.2
        for i, (key, label, color) in enumerate(series):
            ax.bar([j + (i - 1.5) * width for j in range(len(chs))], [cells[(stream, ch)].get(key, 0) for ch in chs],
                   width, label=label, color=color)
        for j, ch in enumerate(chs):
            c = cells[(stream, ch)]
            if c.get("netty"):
                ax.annotate(f"{c['qdatastream'] / c['netty']:.2f}x Netty", (j - 1.5 * width, c["qdatastream"]),
                            ha="center", va="bottom", fontsize=8)
        ax.set_xticks(range(len(chs)))
        ax.set_xticklabels([CHUNK_LABEL[ch] for ch in chs])
        ax.set_yscale("log")
        ax.set_ylabel("MiB/s (log), median pass, thread CPU time")
        ax.set_title(f"{stream.title()} stream: reassembly + field decode")
        ax.legend(fontsize=8)
    fig.suptitle("Paired CPU-time comparison (bench/compare.sh): implementations in turns, one JVM per cell")
    fig.tight_layout()
    fig.savefig(png, dpi=110)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--compare":
        md = compare_markdown(sys.argv[2])
        args = sys.argv[3:]
        if "--md" in args:
            with open(args[args.index("--md") + 1], "w") as f:
                f.write(md)
        if "--png" in args:
            compare_chart(sys.argv[2], args[args.index("--png") + 1])
        print(md)
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--png")
    ap.add_argument("--md")
    a = ap.parse_args()
    res = load(a.json)
    md = markdown(res)
    if a.md:
        with open(a.md, "w") as f:
            f.write(md + "\n")
    print(md)
    if a.png:
        try:
            chart(res, a.png)
        except ImportError:
            print("matplotlib missing: apt-get install -y python3-matplotlib", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
