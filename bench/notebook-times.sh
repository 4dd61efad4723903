#!/usr/bin/env bash
# Times the tutorial notebooks as a person opens them: executed headless by Jupyter with the kys
# kernel, no KYS_NOTEBOOK_BUDGET (so the facade picks its default: `laptop` on a CPU, `paper` with a
# GPU), each notebook with an empty run folder of its own so no notebook reuses another's training.
#
# usage: bench/notebook-times.sh [--data-dir DIR] [--out DIR] [NOTEBOOK...]   (default: 03 04 05 06)
#   --data-dir  MedMNIST .npz files (default: ../shared/medmnist, else data/)
#   --out       executed notebooks, run folders and times.tsv (default: bench-runs/notebook-times)
# Prints one line per notebook: name, seconds, exit status.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data=""; out="bench-runs/notebook-times"; names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) names+=("$1"); shift ;;
  esac
done
[ ${#names[@]} -gt 0 ] || names=(03 04 05 06)
if [ -z "$data" ]; then
  if [ -d ../shared/medmnist ]; then data="$(cd ../shared/medmnist && pwd)"; else data="$root/data"; fi
fi
[ -f target/kys.jar ] || mvn -q -B -ntp -DskipTests package
mkdir -p "$out"; out="$(cd "$out" && pwd)"
export JUPYTER_PATH="$out/jupyter/share/jupyter" JUPYTER_DATA_DIR="$out/jupyter/data" \
       JUPYTER_CONFIG_DIR="$out/jupyter/config" JUPYTER_RUNTIME_DIR="$out/jupyter/runtime"
kernel/install.sh --prefix "$out/jupyter" >/dev/null
unset KYS_NOTEBOOK_BUDGET
export KYS_DATA_DIR="$data"
printf 'notebook\tseconds\texit\n' > "$out/times.tsv"
for n in "${names[@]}"; do
  nb="$(ls notebooks/"$n"*.ipynb | head -1)"
  stem="$(basename "$nb" .ipynb)"
  rm -rf "$out/ckpts-$stem"
  export KYS_CKPT_DIR="$out/ckpts-$stem"
  start=$(date +%s.%N)
  set +e
  /usr/bin/python3 -m jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=3600 \
    --output-dir "$out" --output "$stem" "$nb" > "$out/$stem.log" 2>&1
  rc=$?
  set -e
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  printf '%s\t%.1f\t%d\n' "$stem" "$secs" "$rc" | tee -a "$out/times.tsv"
done
