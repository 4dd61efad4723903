#!/usr/bin/env bash
# Side-by-side fidelity bench: kys and the paper's reference code (LLNL/OODmedic, patched to run on
# a CPU, in ../shared/reference) trained on the same open set, budget and seeds; prints the
# novel-class AUROC of each code's `baseline` and `ours` per seed, with mean and standard deviation.
#
# usage: bench/fidelity.sh [options]
#   --npz FILE         open set in the MedMNIST layout (default: OUT/fashionmnist.npz, made with the
#                      reference's fashion_npz.py from Debian's dataset-fashion-mnist)
#   --novel 6,7,8,9    novel classes of that set (default: 6,7,8,9, as fashion_npz.py makes it)
#   --model wrn16_2    network preset, both codes (default: wrn16_2)
#   --epochs 3         epochs (default: 3)
#   --seeds "1 2 3"    seeds (default: 1 2 3 4 5)
#   --jobs 2           cells run at once, each on --threads threads (default: 2 jobs x 1 thread)
#   --threads 1
#   --checkpoint last  kys checkpoint evaluated: last (as the reference evaluates) or best
#   --codes "reference kys"  which codes to run (default: both)
#   --protocols "baseline ours"
#   --tag NAME         a kys variant's name in the tables; its cells get their own folders
#   --kys-args "..."   extra `kys train` flags of that variant (e.g. "--pixel-recipe kys")
#   --kys-detect-args "..."  extra `kys detect` flags of that variant (e.g. "--recompute-batchnorm")
#   --train-from TAG   the variant trains nothing and evaluates the checkpoints of kys variant TAG
#                      ("default" for the untagged one) with its own --kys-detect-args
#   --kys-home DIR     the kys checkout whose ./kys runs (default: this one), e.g. a build of another commit
#   --ref-tag NAME     a reference variant's name in the tables; its cells get their own folders
#   --ref-args "..."   extra flags of the reference's training for that variant (e.g.
#                      "--max-steps-per-epoch 28": full batches only, without the last smaller one)
#   --out DIR          work folder (default: bench-runs/fidelity); finished cells are reused, so
#                      rerunning the same command resumes
# Needs: the kys build (./kys builds it) and, for the reference, Debian's python3-torch,
# python3-torchvision, python3-sklearn, python3-pandas, python3-matplotlib, dataset-fashion-mnist.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REF="${KYS_REFERENCE:-$here/../shared/reference}"
NPZ="" NOVEL=6,7,8,9 MODEL=wrn16_2 EPOCHS=3 SEEDS="1 2 3 4 5" JOBS=2 THREADS=1 CKPT=last
CODES="reference kys" PROTOCOLS="baseline ours" TAG="" KYS_ARGS="" KYS_DETECT_ARGS="" TRAIN_FROM="" REF_TAG="" REF_ARGS="" OUT="$here/bench-runs/fidelity" KYS_HOME="$here"
while [ $# -gt 0 ]; do
  case "$1" in
    --npz) NPZ=$2; shift 2;; --novel) NOVEL=$2; shift 2;; --model) MODEL=$2; shift 2;;
    --epochs) EPOCHS=$2; shift 2;; --seeds) SEEDS=$2; shift 2;; --jobs) JOBS=$2; shift 2;;
    --threads) THREADS=$2; shift 2;; --checkpoint) CKPT=$2; shift 2;; --codes) CODES=$2; shift 2;;
    --protocols) PROTOCOLS=$2; shift 2;; --tag) TAG=$2; shift 2;; --kys-args) KYS_ARGS=$2; shift 2;;
    --kys-detect-args) KYS_DETECT_ARGS=$2; shift 2;; --train-from) TRAIN_FROM=$2; shift 2;;
    --out) OUT=$2; shift 2;; --kys-home) KYS_HOME=$(cd "$2" && pwd); shift 2;;
    --ref-tag) REF_TAG=$2; shift 2;; --ref-args) REF_ARGS=$2; shift 2;;
    -h|--help) sed -n '2,31p' "$0"; exit 0;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2;;
  esac
done
mkdir -p "$OUT/cells"
OUT="$(cd "$OUT" && pwd)"
if [ -z "$NPZ" ]; then
  NPZ="$OUT/fashionmnist.npz"
  [ -f "$NPZ" ] || /usr/bin/python3 "$REF/fashion_npz.py" "$NPZ.tmp.npz" && mv -f "$NPZ.tmp.npz" "$NPZ" 2>/dev/null || true
  [ -f "$NPZ" ] || { echo "cannot make $NPZ (apt-get install dataset-fashion-mnist python3-numpy)" >&2; exit 2; }
fi
NPZ="$(cd "$(dirname "$NPZ")" && pwd)/$(basename "$NPZ")"
NAME="$(basename "$NPZ" .npz)"
[ "$CODES" = "${CODES/kys/}" ] || [ -f "$KYS_HOME/target/kys.jar" ] || "$KYS_HOME/kys" --version >/dev/null

# One cell: CODE PROTOCOL SEED -> cells/<code>[-tag]-<protocol>-s<seed>.json with {"novel": auroc, ...}
cell() {
  local code=$1 proto=$2 seed=$3 variant=$1
  [ "$code" = kys ] && [ -n "$TAG" ] && variant="kys-$TAG"
  [ "$code" = reference ] && [ -n "$REF_TAG" ] && variant="reference-$REF_TAG"
  local id="$variant-$proto-s$seed" result="$OUT/cells/$variant-$proto-s$seed.json"
  [ -s "$result" ] && return 0
  local log="$OUT/logs/$id.log"; mkdir -p "$OUT/logs" "$OUT/kys-data"
  local t0=$SECONDS
  if [ "$code" = reference ]; then
    local extra=(); [ "$proto" = baseline ] && extra=(--beta1 0)
    # shellcheck disable=SC2206
    extra+=($REF_ARGS)
    local data="$OUT/reference-data"; mkdir -p "$data"; ln -sf "$NPZ" "$data/$NAME.npz"
    export DATA_DIR="$data" RUN_DIR="$OUT/reference-runs/$id"
    { "$REF/run-epoch.sh" "$NAME" "$MODEL" "$EPOCHS" "$seed" "$THREADS" "${extra[@]}" &&
      "$REF/run-detect.sh" "$NAME" "$MODEL" "$seed" "$THREADS" > "$OUT/logs/$id.detect.json"; } > "$log" 2>&1 \
      || { echo "cell $id failed: $log" >&2; return 1; }
    /usr/bin/python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["auroc_sklearn"]; print(json.dumps(a))' \
      "$OUT/logs/$id.detect.json" > "$result.tmp"
  else
    local opts="-Xmx4g -Dai.djl.pytorch.num_threads=$THREADS -Dai.djl.pytorch.num_interop_threads=1"
    opts="$opts -Djava.util.concurrent.ForkJoinPool.common.parallelism=$THREADS"
    local run_id=$id results="$OUT/kys-results"
    if [ -n "$TRAIN_FROM" ]; then
      run_id="kys-$TRAIN_FROM-$proto-s$seed"; [ "$TRAIN_FROM" = default ] && run_id="kys-$proto-s$seed"
      results="$OUT/kys-results-$variant"
      [ -d "$OUT/kys-ckpts/$MODEL/$NAME/$run_id/last" ] || { echo "cell $id: no checkpoint of $run_id to evaluate" >&2; return 1; }
    fi
    # shellcheck disable=SC2086
    { if [ -z "$TRAIN_FROM" ]; then
        KYS_JAVA_OPTS="$opts" OMP_NUM_THREADS=$THREADS "$KYS_HOME/kys" train --in-dataset "$NPZ" --novel-classes "$NOVEL" \
          --model-type "$MODEL" --protocol "$proto" --epochs "$EPOCHS" --seed "$seed" \
          --ckpt-dir "$OUT/kys-ckpts" --ckpt-name "$id" $KYS_ARGS
      fi &&
      KYS_JAVA_OPTS="$opts" OMP_NUM_THREADS=$THREADS "$KYS_HOME/kys" detect --in-dataset "$NPZ" --model-type "$MODEL" \
        --dir-name "$run_id" --checkpoint "$CKPT" --ckpt-dir "$OUT/kys-ckpts" --results-dir "$results" \
        --bootstrap 0 --data-dir "$OUT/kys-data" $KYS_DETECT_ARGS; } > "$log" 2>&1 || { echo "cell $id failed: $log" >&2; return 1; }
    /usr/bin/python3 - "$results/$MODEL/$NAME/$run_id/results.json" > "$result.tmp" <<'PY'
import json, sys
out = {}
for r in json.load(open(sys.argv[1]))["results"]:
    out["novel" if r["ood_set"].endswith("-novel") else r["ood_set"]] = r["auroc"]
print(json.dumps(out))
PY
  fi
  mv -f "$result.tmp" "$result"
  echo "cell $id: novel AUROC $(/usr/bin/python3 -c 'import json,sys; print(round(100*json.load(open(sys.argv[1]))["novel"],1))' "$result") ($((SECONDS - t0)) s)"
}
export -f cell
export OUT REF NPZ NAME NOVEL MODEL EPOCHS THREADS CKPT TAG KYS_ARGS KYS_DETECT_ARGS TRAIN_FROM REF_TAG REF_ARGS KYS_HOME here

list=()
for s in $SEEDS; do for p in $PROTOCOLS; do for c in $CODES; do list+=("$c $p $s"); done; done; done
status=0
printf '%s\n' "${list[@]}" | xargs -r -P "$JOBS" -L 1 bash -c 'cell $0 $1 $2' || status=$?

/usr/bin/python3 - "$OUT/cells" "$SEEDS" "$TAG" "$MODEL" "$EPOCHS" "$CKPT" "$REF_TAG" <<'PY'
import json, os, statistics, sys
cells, seeds, tag, model, epochs, ckpt, ref_tag = sys.argv[1], sys.argv[2].split(), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
ref = "reference-" + ref_tag if ref_tag else "reference"
cols = [(ref, "baseline"), (ref, "ours"), ("kys-" + tag if tag else "kys", "baseline"),
        ("kys-" + tag if tag else "kys", "ours")]
def get(code, proto, seed):
    f = os.path.join(cells, f"{code}-{proto}-s{seed}.json")
    return 100 * json.load(open(f))["novel"] if os.path.exists(f) else None
print(f"\nnovel-class AUROC x100, {model}, {epochs} epochs, kys checkpoint: {ckpt}, reference: last")
print("| seed | " + " | ".join(f"{c} {p}" for c, p in cols) + " |")
print("|---" * (len(cols) + 1) + "|")
vals = {c: [] for c in cols}
for s in seeds:
    row = []
    for c in cols:
        v = get(c[0], c[1], s)
        row.append("" if v is None else f"{v:.1f}")
        if v is not None: vals[c].append(v)
    print(f"| {s} | " + " | ".join(row) + " |")
def ms(v):
    return "" if not v else f"{statistics.mean(v):.1f} ± {statistics.stdev(v):.1f}" if len(v) > 1 else f"{v[0]:.1f}"
print("| mean ± sd | " + " | ".join(ms(vals[c]) for c in cols) + " |")
PY
exit $status
