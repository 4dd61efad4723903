#!/usr/bin/env bash
# Registers the Jupyter kernel "Java (kys)": builds target/kys.jar when it is missing, fills
# kernel.json.template with absolute paths, and installs it as the kernel spec "kys".
#
# usage: kernel/install.sh [--user | --prefix DIR | --sys-prefix]     (default: --user)
#   env KYS_JUPYTER_PYTHON  Python that has Jupyter (default /usr/bin/python3, Debian's)
#   env JAVA_HOME           Java that runs the kernel (default: the `java` on PATH)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

usage() { sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "error: $*" >&2; exit 1; }

scope=(--user)
case "${1:-}" in
  "") ;;
  --user|--sys-prefix) scope=("$1") ;;
  --prefix)
    [ $# -ge 2 ] || die "--prefix needs a folder"
    mkdir -p "$2"
    scope=(--prefix "$(cd "$2" && pwd)") ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

python="${KYS_JUPYTER_PYTHON:-/usr/bin/python3}"
"$python" -c 'import jupyter_client' 2>/dev/null \
  || die "$python cannot import jupyter_client; install Jupyter: apt-get install jupyter-core jupyter-client"

if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
else
  java="$(readlink -f "$(command -v java)")" || die "java not found on PATH; set JAVA_HOME"
fi
[ -x "$java" ] || die "$java is not an executable Java launcher"

install_dir="$root/target"
if [ ! -f "$install_dir/kys.jar" ] || [ ! -d "$install_dir/lib" ]; then
  echo "building target/kys.jar..." >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi

# The paths go into JSON strings and sed replacements; refuse the few characters that would
# need escaping in either rather than escape them wrongly.
for path in "$java" "$install_dir"; do
  case "$path" in *[\"\\\|\&]*) die "path $path contains one of \" \\ | &; move kys or Java elsewhere" ;; esac
done

spec_dir="$(mktemp -d)"
trap 'rm -rf "$spec_dir"' EXIT
sed -e "s|@JAVA@|$java|g" -e "s|@INSTALL_DIR@|$install_dir|g" \
  "$here/kernel.json.template" > "$spec_dir/kernel.json"
"$python" -m jupyter kernelspec install --name kys "${scope[@]}" "$spec_dir"
