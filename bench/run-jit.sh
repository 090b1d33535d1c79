#!/usr/bin/env bash
# Language benchmarks: each Go program in bench/jit/ run by gorun (`gorun
# NAME.go` as a user runs it: the output comparison run compiles and saves
# the program's image, the timed runs map it; GORUN_CACHE=off compiles
# every run) and
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
  cargo build --release -q -p gorun
  GORUN=${CARGO_TARGET_DIR:-target}/release/gorun
fi
goref=../shared/tools/goref
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. bench/lib.sh
header
for n in "${names[@]}"; do
  case $n in */*) src=bench/$n.go ;; *) src=bench/jit/$n.go ;; esac
  bin=$out/go_${n//\//_}
  "$goref" go build -o "$bin" "$src"
  if ! cmp -s <("$bin" 2>&1) <("$GORUN" "$src" 2>&1); then
    printf "%-16s outputs differ from Go's: skipped\n" "$n"
    continue
  fi
  compare "$n" "$runs" "$bin" -- "$GORUN" "$src"
done
