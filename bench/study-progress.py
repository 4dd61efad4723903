#!/usr/bin/python3
"""The finished cells of a `kys study` folder as a Markdown table, also before any grid is complete.

usage: bench/study-progress.py [STUDY_DIR]   (default results/study)
One row per dataset, budget (margin mode, epochs) and protocol: mean ± sd over the finished seeds of
the modality-shift AUROC (mean over sets), the novel-class AUROC and the ID balanced accuracy, in
percent, with the number of seeds. `kys study` writes the complete tables (study.md) itself."""
import glob, json, os, statistics, sys
root = sys.argv[1] if len(sys.argv) > 1 else 'results/study'
rows = {}
for f in glob.glob(os.path.join(root, '*', 'cells', 'study-*', '*', '*', 'cell.json')):
    c = json.load(open(f))
    mode, epochs = c['preset'].split('-')[1], int(c['preset'].split('-e')[-1])
    def mean_auroc(kind):
        v = [o['metrics']['auroc'] for o in c['ood'] if o['kind'] == kind]
        return statistics.mean(v) if v else None
    key = (c['dataset'], epochs, mode, c['protocol'])
    rows.setdefault(key, []).append((mean_auroc('modality-shift'), mean_auroc('novel-class'), c['idBalancedAccuracy']))
order = {'baseline': 0, 'nda': 1, 'nda++': 2, 'vos': 3, 'vos++': 4, 'ours': 5}
def fmt(vals):
    vals = [100 * v for v in vals if v is not None]
    if not vals:
        return '–'
    return f'{statistics.mean(vals):.1f} ± {statistics.stdev(vals):.1f}' if len(vals) > 1 else f'{vals[0]:.1f}'
print('| dataset | epochs | margins | protocol | seeds | modality-shift AUROC | novel-class AUROC | balanced accuracy |')
print('|---|---|---|---|---|---|---|---|')
for key in sorted(rows, key=lambda k: (k[0], k[1], k[2], order.get(k[3], 9))):
    r = rows[key]
    print(f'| {key[0]} | {key[1]} | {key[2]} | {key[3]} | {len(r)} | ' + ' | '.join(fmt([x[i] for x in r]) for i in range(3)) + ' |')
