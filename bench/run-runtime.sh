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
. bench/lib.sh
header
for n in "${names[@]}"; do
  compare "$n" "$runs" "$out/go_$n" -- "$CARGO_TARGET_DIR/release/examples/bench_$n"
done
