#!/usr/bin/env bash
# What post-hoc detectors cost next to the method's energy score: trains a tiny pneumoniamnist run
# (WRN-10-1, 2 epochs of 3 steps), then times `kys detect --detectors energy` and `--detectors all`
# on a run folder without cached network outputs and again with them, ROUNDS times each, and prints
# the summary lines `kys detect` itself prints (detector seconds, job seconds) with the wall time.
#
# usage: bench/detectors.sh [--data-dir DIR] [--out DIR] [--rounds 3]
#   --data-dir DIR   folder with pneumoniamnist.npz and other MedMNIST files (default: $KYS_DATA_DIR or data/)
#   --out DIR        work folder (default: bench-runs/detectors)
#   --rounds N       repetitions of each measurement (default: 3)
# KYS (default: ./kys) is the command that runs kys.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${KYS_DATA_DIR:-$here/data}" OUT="$here/bench-runs/detectors" ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) DATA=$2; shift 2;; --out) OUT=$2; shift 2;; --rounds) ROUNDS=$2; shift 2;;
    -h|--help) sed -n '2,11p' "$0"; exit 0;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2;;
  esac
done
KYS="${KYS:-$here/kys}"
mkdir -p "$OUT"
run="$OUT/ckpts/wrn10_1/pneumoniamnist/tiny"
if [ ! -f "$run/best/model.params" ]; then
  "$KYS" train --in-dataset pneumoniamnist --model-type wrn10_1 --protocol baseline --epochs 2 --steps-per-epoch 3 \
    --train-limit 300 --batch-size 32 --ckpt-name tiny --data-dir "$DATA" --ckpt-dir "$OUT/ckpts" > "$OUT/train.log" 2>&1
fi
detect() {
  local start end
  start=$(date +%s.%N)
  "$KYS" detect --in-dataset pneumoniamnist --model-type wrn10_1 --dir-name tiny --data-dir "$DATA" \
    --ckpt-dir "$OUT/ckpts" --results-dir "$OUT/results" --detectors "$1" 2>/dev/null \
    | grep -E "computed,|fitted and scored" | sed 's/ read from .*/ read/' | tr '\n' ' '
  end=$(date +%s.%N)
  printf 'wall %.2f s\n' "$(echo "$end - $start" | bc)"
}
for round in $(seq "$ROUNDS"); do
  for detectors in energy all; do
    rm -rf "$run/features"
    echo "round $round, --detectors $detectors, no cached outputs: $(detect "$detectors")"
  done
  for detectors in energy all; do
    echo "round $round, --detectors $detectors, outputs cached: $(detect "$detectors")"
  done
done
