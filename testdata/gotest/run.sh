#!/usr/bin/env bash
# Runs the `// run` programs of a checkout of the Go repository's test/
# directory (top level, ken/, chan/, interface/) under gorun and under the
# real Go, and compares their standard output and exit status, and their
# standard error as `gorun test` does: all of it when the program exits 0
# (print and println write there), its first line otherwise (the panic; the
# traceback after it differs in addresses).
#
#   testdata/gotest/run.sh DIR [GORUN]
#
# DIR is the checkout's test/ directory (or the directory holding it). GORUN
# defaults to $CARGO_TARGET_DIR/release/gorun, else target/release/gorun.
# Environment: GOTEST_CACHE (the real Go's results, kept by a hash of each
# program's text; default ${XDG_CACHE_HOME:-~/.cache}/gorun-gotest),
# GOTEST_TIMEOUT (seconds per run, default 20), GOTEST_FILTER (only programs
# whose path contains it), GOREF (default ../shared/tools/goref from the repo),
# GOTEST_VERBOSE=1 (print every counted program's outcome).
#
# What counts: a program whose first line is `// run` or `// cmpout` (run and
# compare the output), or the pre-Go 1 spelling of the same thing,
# `// $G $D/$F.go && $L $F.$A && ./$A.out` (older stored versions use it).
# Any other first line (errorcheck, compile, rundir, `// run` with flags, ...)
# is not a run program and is not counted. A counted program is skipped when
# it imports a package gorun does not declare (no directory under stdlib/go/),
# or when the real Go does not build it (pre-Go 1 stored versions, build
# constraints that exclude linux/amd64).
#
# This is a developer tool that needs the real Go (goref); CI never runs it.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:?usage: testdata/gotest/run.sh DIR_OF_GO_TEST_CHECKOUT [GORUN_BINARY]}
[ -d "$dir/test" ] && dir=$dir/test
dir=$(cd "$dir" && pwd)
gorun=${2:-${CARGO_TARGET_DIR:-$repo/target}/release/gorun}
gorun=$(cd "$(dirname "$gorun")" && pwd)/$(basename "$gorun")
goref=${GOREF:-$repo/../shared/tools/goref}
timeout_s=${GOTEST_TIMEOUT:-20}
cache=${GOTEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gorun-gotest}
mkdir -p "$cache/ref" "$cache/last"

[ -x "$gorun" ] || { echo "run.sh: no gorun binary at $gorun" >&2; exit 2; }
[ -x "$goref" ] || { echo "run.sh: no goref at $goref" >&2; exit 2; }

# The packages gorun declares: every directory under stdlib/go holding Go files.
declared=$(cd "$repo/stdlib/go" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)

# is_run_program FILE: the first line says "run this and compare its output".
is_run_program() {
	local first
	IFS= read -r first <"$1" || return 1
	case $first in
	'// run' | '// cmpout') return 0 ;;
	'// $G $D/$F.go && $L $F.$A && ./$A.out' | '// $G $F.go && $L $F.$A && ./$A.out') return 0 ;;
	'// $G $F.go && $L $F.$A &&./$A.out') return 0 ;;
	esac
	return 1
}

# imports FILE: the import paths of FILE, one a line (single imports and
# parenthesized blocks, with or without a name or `_`/`.` before the path).
imports() {
	awk '
		/^import[ \t]*\(/ { inblock = 1; next }
		inblock && /^\)/ { inblock = 0; next }
		inblock || /^import[ \t]/ {
			if (match($0, /"[^"]+"/)) print substr($0, RSTART + 1, RLENGTH - 2)
		}
		/^(func|type|var|const)[ \t(]/ { exit }
	' "$1"
}

# undeclared FILE: the imports of FILE that gorun does not declare.
undeclared() {
	local p
	for p in $(imports "$1"); do
		grep -qxF -- "$p" <<<"$declared" || printf '%s ' "$p"
	done
}

# reference FILE: fills $ref (the cache entry) with the real Go's results:
# build.fail (the build failed), else out and exit.
reference() {
	local f=$1 key
	key=$(sha256sum "$f" | cut -c1-32)
	ref=$cache/ref/$key
	[ -e "$ref/exit" ] || [ -e "$ref/build.fail" ] && return
	mkdir -p "$ref"
	if ! "$goref" go build -o "$ref/bin" "$f" >"$ref/build.log" 2>&1; then
		touch "$ref/build.fail"
		return
	fi
	(cd "$(dirname "$f")" && timeout "$timeout_s" "$ref/bin" >"$ref/out" 2>"$ref/err" </dev/null)
	echo $? >"$ref/exit"
	rm -f "$ref/bin"
}

declare -A npass nfail nskip nref
failures=()

# say REL OUTCOME: one program's outcome, with GOTEST_VERBOSE=1.
say() {
	[ -n "${GOTEST_VERBOSE:-}" ] && printf '  %-28s %s\n' "$1" "$2"
	return 0
}
total_pass=0 total_fail=0 total_skip=0 total_ref=0

for sub in . ken chan interface; do
	group=${sub/#./top}
	npass[$group]=0 nfail[$group]=0 nskip[$group]=0 nref[$group]=0
	for f in "$dir/$sub"/*.go; do
		[ -e "$f" ] || continue
		rel=${f#"$dir"/}
		rel=${rel#./}
		case $rel in *${GOTEST_FILTER:-}*) ;; *) continue ;; esac
		is_run_program "$f" || continue
		missing=$(undeclared "$f")
		if [ -n "$missing" ]; then
			nskip[$group]=$((nskip[$group] + 1))
			say "$rel" "skipped: imports $missing"
			continue
		fi
		reference "$f"
		if [ -e "$ref/build.fail" ]; then
			nref[$group]=$((nref[$group] + 1))
			say "$rel" "skipped: the real Go does not build it"
			continue
		fi
		last=$cache/last/${rel//\//_}
		(cd "$(dirname "$f")" && timeout "$timeout_s" "$gorun" "$f" >"$last.out" 2>"$last.err" </dev/null)
		code=$?
		want=$(cat "$ref/exit")
		why=
		if [ "$code" = 124 ] && [ "$want" != 124 ]; then
			why="timeout after ${timeout_s}s"
		elif [ "$code" != "$want" ]; then
			why="exit $code, want $want: $(head -c 200 "$last.err" | head -1)"
		elif ! cmp -s "$last.out" "$ref/out"; then
			why="stdout differs"
		elif [ "$want" = 0 ] && ! cmp -s "$last.err" "$ref/err"; then
			why="stderr differs"
		elif [ "$want" != 0 ] && [ "$(head -1 "$last.err")" != "$(head -1 "$ref/err")" ]; then
			why="first line of stderr: $(head -1 "$last.err" | head -c 150)"
		fi
		if [ -z "$why" ]; then
			npass[$group]=$((npass[$group] + 1))
			say "$rel" "passed"
		else
			nfail[$group]=$((nfail[$group] + 1))
			failures+=("$rel: $why")
			say "$rel" "FAILED: $why"
		fi
	done
	printf '%-10s %d passed, %d failed, %d skipped (imports), %d skipped (the real Go does not build it)\n' \
		"$group:" "${npass[$group]}" "${nfail[$group]}" "${nskip[$group]}" "${nref[$group]}"
	total_pass=$((total_pass + npass[$group]))
	total_fail=$((total_fail + nfail[$group]))
	total_skip=$((total_skip + nskip[$group]))
	total_ref=$((total_ref + nref[$group]))
done

if [ ${#failures[@]} -gt 0 ]; then
	echo
	echo "failures (gorun's output of each is in $cache/last/):"
	printf '  %s\n' "${failures[@]}"
fi
echo
printf 'total: %d passed, %d failed, %d skipped (imports), %d skipped (the real Go does not build it)\n' \
	"$total_pass" "$total_fail" "$total_skip" "$total_ref"
[ "$total_fail" = 0 ]
