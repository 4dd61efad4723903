#!/usr/bin/python3
"""Statistics of the reference code's pixel outliers on an open set, for docs/fidelity.md.

usage: bench/fidelity-outlier-stats.py OPEN_SET.npz [N]
Runs the reference's own AugMix (`datasets.aug` with its training transform, severity 11) and
`jigsaw_k` from ../shared/reference on the first N (600) in-class training images (classes 0-5,
seed 0) and prints the gray channel's mean, the spread of image means, the pixel std, the share of
black pixels and the mean of the 4 right-most columns, for the ID images and the outliers.
bench/FidelityOutlierStats.java prints the same for kys's recipes."""
import os, random, sys
import numpy as np
import torch
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', '..', 'shared', 'reference', 'oodmedic'))
from PIL import Image
import datasets as D
from utils.util import jigsaw_k
from torchvision import transforms
np.random.seed(0); random.seed(0); torch.manual_seed(0)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 600
z = np.load(sys.argv[1]); x = z['train_images']; y = z['train_labels'].ravel()
x = x[y < 6][:n]
norm = transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])
trans = transforms.Compose([transforms.RandomAffine(degrees=(-15, 15), translate=(0.05, 0.05)),
                            transforms.Resize((32, 32)), transforms.ToTensor(), norm])
mean = torch.tensor([0.485, 0.456, 0.406]).view(3, 1, 1); std = torch.tensor([0.229, 0.224, 0.225]).view(3, 1, 1)
rgb = [np.stack((i,) * 3, axis=-1) for i in x]
outs = np.stack([(jigsaw_k(D.aug(Image.fromarray(r), trans, 11).unsqueeze(0)).squeeze(0) * std + mean).clamp(0, 1).numpy()
                 for r in rgb])
ids = np.stack([(trans(Image.fromarray(r)) * std + mean).numpy() for r in rgb])
for name, a in (('reference ID', ids), ('reference outliers', outs)):
    g = a[:, 0]
    m = g.mean(axis=(1, 2))
    print(f"{name}: mean {m.mean():.3f} sd(mean) {m.std():.3f} std {g.std(axis=(1, 2)).mean():.3f} "
          f"black {(g < 0.02).mean():.3f} rightband {g[:, :, 28:].mean():.3f}")
