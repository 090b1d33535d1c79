#!/usr/bin/env bash
# Runtime benchmarks: each Go program in bench/runtime/ (built with the real Go
# through goref) beside its Rust twin (runtime/examples/bench_*.rs, using the
# gorun runtime directly). Each pair runs RUNS times, alternating; prints the
# medians of wall time, CPU time (user+sys) and peak RSS, and ratios ours/Go.
#
#   bench/run-runtime.sh [RUNS] [NAME...]      (default 5 runs, all benchmarks)
#
# The machine may be shared: CPU time is the steadier figure under load.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(spawn pingpong buffered select mutex million alloc)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-runtime}
goref=../shared/tools/goref
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release -q -j2 -p gorun-runtime --examples
for n in "${names[@]}"; do
  "$goref" go build -o "$out/go_$n" "bench/runtime/$n.go"
done
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # cmd... -> appends "wall cpu rss" to stdout
  local f; f=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$f" "$@" >/dev/null 2>&1
  awk '{printf "%s %.3f %s\n", $1, $2+$3, $4}' "$f"; rm -f "$f"
}
printf "%-9s %10s %10s %7s | %10s %10s %7s | %10s %10s %10s\n" bench go-wall go-cpu go-MiB ours-wall ours-cpu ours-MiB wall-ratio cpu-ratio rss-ratio
for n in "${names[@]}"; do
  : >"$out/g" ; : >"$out/r"
  for ((i = 0; i < runs; i++)); do
    measure "$out/go_$n" >>"$out/g"
    measure "$CARGO_TARGET_DIR/release/examples/bench_$n" >>"$out/r"
  done
  gw=$(cut -d' ' -f1 "$out/g" | median); gc=$(cut -d' ' -f2 "$out/g" | median); gm=$(cut -d' ' -f3 "$out/g" | median)
  rw=$(cut -d' ' -f1 "$out/r" | median); rc=$(cut -d' ' -f2 "$out/r" | median); rm_=$(cut -d' ' -f3 "$out/r" | median)
  awk -v n="$n" -v gw="$gw" -v gc="$gc" -v gm="$gm" -v rw="$rw" -v rc="$rc" -v rm="$rm_" 'BEGIN {
    printf "%-9s %10.3f %10.3f %7.0f | %10.3f %10.3f %7.0f | %10.2f %10.2f %10.2f\n",
      n, gw, gc, gm/1024, rw, rc, rm/1024, rw/(gw>0?gw:0.001), rc/(gc>0?gc:0.001), rm/gm }'
done
