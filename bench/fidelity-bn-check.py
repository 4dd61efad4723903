#!/usr/bin/python3
"""Energy AUROC of reference checkpoints with their BatchNorm statistics as saved and recomputed.

usage: bench/fidelity-bn-check.py OPEN_SET.npz RUN_DIR...
RUN_DIR: reference run folders made by bench/fidelity.sh (bench-runs/fidelity/reference-runs/*).
Loads each last checkpoint into the reference's MNISTWideResNet (WRN-16-2, 6 classes), scores the
ID test images (classes 0-5) against the novel ones (6-9), then resets every BatchNorm's running
statistics, recomputes them as a cumulative average over the in-class training images (batches of
128, no augmentation, no gradient) and scores again. See docs/fidelity.md."""
import glob, os, sys
import numpy as np
import torch
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', '..', 'shared', 'reference', 'oodmedic'))
from modeldefs.mnist_wrn import MNISTWideResNet
from sklearn.metrics import roc_auc_score
torch.set_num_threads(1)
z = np.load(sys.argv[1])
mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1); std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
def prep(x):
    t = torch.tensor(np.repeat(x[:, None], 3, 1), dtype=torch.float32) / 255.
    return (torch.nn.functional.interpolate(t, size=(32, 32), mode='bilinear', align_corners=False) - mean) / std
te, tl = z['test_images'], z['test_labels'].ravel()
tr, trl = z['train_images'], z['train_labels'].ravel()
xin, xout, xtr = prep(te[tl < 6]), prep(te[tl >= 6]), prep(tr[trl < 6])
def scores(m, x):
    with torch.no_grad():
        return torch.logsumexp(torch.cat([m(x[i:i + 256])[0] for i in range(0, len(x), 256)]), 1).numpy()
def auroc(m):
    a, b = scores(m, xin), scores(m, xout)
    return roc_auc_score(np.r_[np.ones(len(a)), np.zeros(len(b))], np.r_[a, b])
for run in sys.argv[2:]:
    f = glob.glob(os.path.join(run, 'ckpts/wrn/*/*/*ckpt_last.pth.tar'))[0]
    m = MNISTWideResNet(16, 6, 2, dropRate=0.3)
    m.load_state_dict(torch.load(f, map_location='cpu')['state_dict']); m.eval()
    saved = auroc(m)
    for mod in m.modules():
        if isinstance(mod, torch.nn.BatchNorm2d):
            mod.reset_running_stats(); mod.momentum = None
    m.train()
    with torch.no_grad():
        for i in range(0, len(xtr), 128):
            m(xtr[i:i + 128])
    m.eval()
    print(f"{os.path.basename(run)}: AUROC as saved {saved:.3f}, BatchNorm statistics recomputed {auroc(m):.3f}")
