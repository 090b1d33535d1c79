# Shared by run-runtime.sh and run-jit.sh (sourced): timing a pair of
# programs side by side and printing their row of medians and ratios.

measure() { # cmd... -> appends "wall cpu rss" to stdout
  local f; f=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$f" "$@" >/dev/null 2>&1 || true
  awk '{printf "%s %.3f %s\n", $1, $2+$3, $4}' "$f"; rm -f "$f"
}

header() {
  printf "%-16s %9s %9s %7s | %9s %9s %7s | %9s %9s %9s\n" bench go-wall go-cpu go-MiB ours-wall ours-cpu ours-MiB wall-ratio cpu-ratio rss-ratio
}

# compare NAME RUNS GO-CMD -- OURS-CMD...: runs both RUNS times, alternating,
# and prints the row (the Go command is one word: a built binary).
compare() {
  local n=$1 runs=$2 gocmd=$3 g r i
  shift 4
  g=$(mktemp); r=$(mktemp)
  for ((i = 0; i < runs; i++)); do
    measure "$gocmd" >>"$g"
    measure "$@" >>"$r"
  done
  awk -v n="$n" '
    FNR == 1 { f++ }
    { w[f, FNR] = $1; c[f, FNR] = $2; m[f, FNR] = $3; k[f] = FNR }
    function med(a, f,   i, j, t, v, x) {
      for (i = 1; i <= k[f]; i++) v[i] = a[f, i]
      for (i = 1; i <= k[f]; i++) for (j = i + 1; j <= k[f]; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      x = k[f]; return (x % 2) ? v[(x + 1) / 2] : (v[x / 2] + v[x / 2 + 1]) / 2
    }
    END {
      gw = med(w, 1); gc = med(c, 1); gm = med(m, 1); rw = med(w, 2); rc = med(c, 2); rm = med(m, 2)
      printf "%-16s %9.3f %9.3f %7.0f | %9.3f %9.3f %7.0f | %9.2f %9.2f %9.2f\n",
        n, gw, gc, gm / 1024, rw, rc, rm / 1024, rw / (gw > 0 ? gw : 0.001), rc / (gc > 0 ? gc : 0.001), rm / gm
    }' "$g" "$r"
  rm -f "$g" "$r"
}
