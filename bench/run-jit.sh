#!/usr/bin/env bash
# Language benchmarks: each Go program in bench/jit/ run by gorun (`gorun
# NAME.go`: parse, type-check, JIT-compile and run, as a user runs it) and
# by the binary the real Go builds from it (goref go build; its build time is
# not counted). Each pair runs RUNS times, alternating; prints the medians of
# wall time, CPU time (user+sys) and peak RSS, and the ratios gorun/Go.
# The programs' outputs are compared first: a benchmark that computes
# something else is reported and skipped.
#
#   bench/run-jit.sh [RUNS] [NAME...]      (default 5 runs, all programs)
#
# A NAME with a slash is a program elsewhere under bench/ (runtime/pingpong:
# the runtime benchmarks' Go programs, here compiled by gorun).
#
# GORUN=path/to/gorun picks the binary (default: cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in bench/jit/*.go; do names+=("$(basename "$f" .go)"); done
fi
if [ -z "${GORUN:-}" ]; then
  cargo build --release -q -p gorun-cmd
  GORUN=${CARGO_TARGET_DIR:-target}/release/gorun
fi
goref=../shared/tools/goref
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # cmd... -> appends "wall cpu rss" to stdout
  local f; f=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$f" "$@" >/dev/null 2>&1 || true
  awk '{printf "%s %.3f %s\n", $1, $2+$3, $4}' "$f"; rm -f "$f"
}
printf "%-13s %9s %9s %7s | %9s %9s %7s | %9s %9s %9s\n" bench go-wall go-cpu go-MiB ours-wall ours-cpu ours-MiB wall-ratio cpu-ratio rss-ratio
for n in "${names[@]}"; do
  case $n in */*) src=bench/$n.go ;; *) src=bench/jit/$n.go ;; esac
  bin=$out/go_${n//\//_}
  "$goref" go build -o "$bin" "$src"
  if ! cmp -s <("$bin" 2>&1) <("$GORUN" "$src" 2>&1); then
    printf "%-13s outputs differ from Go's: skipped\n" "$n"
    continue
  fi
  : >"$out/g" ; : >"$out/r"
  for ((i = 0; i < runs; i++)); do
    measure "$bin" >>"$out/g"
    measure "$GORUN" "$src" >>"$out/r"
  done
  gw=$(cut -d' ' -f1 "$out/g" | median); gc=$(cut -d' ' -f2 "$out/g" | median); gm=$(cut -d' ' -f3 "$out/g" | median)
  rw=$(cut -d' ' -f1 "$out/r" | median); rc=$(cut -d' ' -f2 "$out/r" | median); rm_=$(cut -d' ' -f3 "$out/r" | median)
  awk -v n="$n" -v gw="$gw" -v gc="$gc" -v gm="$gm" -v rw="$rw" -v rc="$rc" -v rm="$rm_" 'BEGIN {
    printf "%-13s %9.3f %9.3f %7.0f | %9.3f %9.3f %7.0f | %9.2f %9.2f %9.2f\n",
      n, gw, gc, gm/1024, rw, rc, rm/1024, rw/(gw>0?gw:0.001), rc/(gc>0?gc:0.001), rm/gm }'
done
