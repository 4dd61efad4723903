#!/usr/bin/python3
"""Summary of a fidelity bench folder: one row per variant (reference, kys, kys-TAG, ...) with
baseline and ours as mean ± sd over the seeds both have, the paired difference, and the seeds.

usage: bench/fidelity-table.py [bench-runs/fidelity/cells] [--per-seed]
"""
import glob, json, os, re, statistics, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
cells = args[0] if args else "bench-runs/fidelity/cells"
per_seed = "--per-seed" in sys.argv
values = {}
for f in glob.glob(os.path.join(cells, "*.json")):
    m = re.fullmatch(r"(.+)-(baseline|ours)-s(\d+)\.json", os.path.basename(f))
    if m:
        values.setdefault(m.group(1), {}).setdefault(m.group(2), {})[int(m.group(3))] = 100 * json.load(open(f))["novel"]

def ms(v):
    return "" if not v else f"{statistics.mean(v):.1f} ± {statistics.stdev(v):.1f}" if len(v) > 1 else f"{v[0]:.1f}"

print("| variant | baseline | ours | ours − baseline (paired) | seeds |")
print("|---|---|---|---|---|")
for variant in sorted(values, key=lambda v: (not v.startswith("reference"), v)):
    b, o = values[variant].get("baseline", {}), values[variant].get("ours", {})
    seeds = sorted(set(b) & set(o))
    if not seeds:
        continue
    d = [o[s] - b[s] for s in seeds]
    print(f"| {variant} | {ms([b[s] for s in seeds])} | {ms([o[s] for s in seeds])} | {ms(d)} | "
          f"{','.join(map(str, seeds))} |")
if per_seed:
    for variant in sorted(values):
        for proto in ("baseline", "ours"):
            row = values[variant].get(proto, {})
            if row:
                print(f"{variant} {proto}: " + ", ".join(f"s{s} {row[s]:.1f}" for s in sorted(row)))
