#!/usr/bin/env python3
"""Renders bench/out/results.tsv (written by bench/run) as the Markdown of docs/PERFORMANCE.md:
the machine, one table per measurement group with ratios against `cat` and the peer, and the
targets of issue 7 with pass/fail."""

import sys
from collections import OrderedDict, defaultdict


def load(path):
    info, sizes, agree = OrderedDict(), {}, {}
    times = defaultdict(OrderedDict)  # group -> label -> (mean, stddev, min, runs)
    mem = defaultdict(dict)  # group -> label -> KiB
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        kind = parts[0]
        if kind == "info":
            info[parts[1]] = parts[2]
        elif kind == "size":
            sizes[parts[1]] = int(parts[2])
        elif kind == "agree":
            agree[parts[1]] = int(parts[2])
        elif kind == "time":
            times[parts[1]][parts[2]] = tuple(map(float, parts[3:6])) + (int(parts[6]),)
        elif kind == "mem":
            if parts[3].strip().isdigit():
                mem[parts[1]][parts[2]] = int(parts[3])
    return info, sizes, agree, times, mem


def seconds(value):
    if value < 0.001:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def megabytes(n):
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.1f} kB"


def ratio(x):
    return f"{x:.1f}×" if x < 100 else f"{x:.0f}×"


def group_table(group, sizes, times, mem):
    rows = times[group]
    cat = rows.get("cat")
    peer = rows.get("peer")
    size = sizes.get(group)
    out = ["| command | mean ± σ | min | runs | × cat | peer ÷ this | peak memory | memory ÷ file |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for label, (mean, sd, low, runs) in rows.items():
        name = {"cat": "`cat` (floor)", "peer": "peer (PyYAML + libyaml)"}.get(label, f"`verbeter {label}`")
        vs_cat = ratio(mean / cat[0]) if cat and label != "cat" else ""
        vs_peer = ratio(peer[0] / mean) if peer and label not in ("peer", "cat") else ""
        kib = mem[group].get(label)
        peak = f"{kib / 1024:.1f} MiB" if kib else ""
        per_file = f"{kib * 1024 / size:.2f}" if kib and size and size > 1e6 else ""
        out.append(f"| {name} | {seconds(mean)} ± {seconds(sd)} | {seconds(low)} | {runs} | {vs_cat} | "
                   f"{vs_peer} | {peak} | {per_file} |")
    return "\n".join(out)


def targets(sizes, times, mem):
    rows = []

    def get(group, label):
        return times.get(group, {}).get(label, (None,))[0]

    def add(name, value, limit, better, shown):
        if value is None:
            rows.append(f"| {name} | not measured | {limit} | – |")
            return
        ok = value <= limit if better == "low" else value >= limit
        rows.append(f"| {name} | {shown(value)} | {'≤' if better == 'low' else '≥'} {limit} | "
                    f"{'**pass**' if ok else '**FAIL**'} |")

    startup = [g for g in times if g.startswith("start-up ")]
    for g in startup:
        c, v = get(g, "cat"), get(g, "check")
        add(f"start-up: `check {g.split(' ', 1)[1]}` ÷ `cat`", v / c if c and v else None, 3, "low", ratio)
    p, a = get("n=10000", "peer"), get("n=10000", "achterstallig")
    add("10 000 acties: peer ÷ `achterstallig`", p / a if p and a else None, 30, "high", ratio)
    c, a = get("n=100000", "cat"), get("n=100000", "achterstallig")
    add("100 000 acties: `achterstallig` ÷ `cat`", a / c if a and c else None, 20, "low", ratio)
    kib, size = mem.get("n=100000", {}).get("achterstallig"), sizes.get("n=100000")
    add("100 000 acties: peak memory of `achterstallig` ÷ file size",
        kib * 1024 / size if kib and size else None, 3, "low", lambda x: f"{x:.2f}×")
    big, a = get("n=1000000", "achterstallig"), get("n=100000", "achterstallig")
    add("1 000 000 ÷ 100 000 acties: `achterstallig`", big / a if big and a else None, 11, "low", ratio)
    c, a = get("folder", "cat"), get("folder", "achterstallig")
    add("400-plan folder: `achterstallig` ÷ `cat` of all files", a / c if a and c else None, 5, "low", ratio)
    return "\n".join(["| target | measured | limit | result |", "| --- | ---: | ---: | --- |"] + rows)


def main():
    info, sizes, agree, times, mem = load(sys.argv[1])
    out = ["## Results of `bench/run`", ""]
    out.append(f"Run of {info.get('date', '?')} at commit `{info.get('commit', '?')}` on {info.get('nproc', '?')} "
               f"cores ({info.get('cpu', '?')}), {info.get('memory', '?')} RAM, Linux {info.get('kernel', '?')}; "
               f"{info.get('swift', '?')}, PyYAML {info.get('pyyaml', '?')}, {info.get('hyperfine', '?')}. "
               f"Load average at the start: {info.get('load', '?')} (the machine is shared).")
    out.append("")
    out.append("Peildatum 2017-09-30. Before timing, `verbeter achterstallig` and the peer were checked to name "
               "the same acties: " + ", ".join(f"{k.split('/')[-1]} {v}" for k, v in agree.items()) + ".")
    out += ["", "### Targets (issue 7)", "", targets(sizes, times, mem), ""]
    for group in times:
        title = group.replace("n=", "")
        if title.isdigit():
            title = f"{int(title):,} acties".replace(",", " ")
        elif title == "folder":
            title = "folder of 400 plans × 50 acties"
        size = sizes.get(group)
        out += [f"### {title}" + (f" ({megabytes(size)})" if size else ""), "", group_table(group, sizes, times, mem), ""]
    print("\n".join(out).rstrip())


if __name__ == "__main__":
    main()
