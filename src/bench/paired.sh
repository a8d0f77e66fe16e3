#!/usr/bin/env bash
# Paired, interleaved comparison of two builds on one command line: A, B, A, B ... with one
# warm-up each, then the median wall time and CPU time (user + system) of each and the median
# of the per-pair ratios B/A, so that a machine whose speed drifts during the run does not
# tilt the comparison. Used for the DOCX writer decision (README, "DOCX: one way of writing
# the XML").
#
# Usage: bash src/bench/paired.sh BUILD_A BUILD_B PAIRS ARGS...
#   BUILD_A, BUILD_B  folders holding a packaged imprint (their target/imprint is run)
#   ARGS              imprint's arguments; an output folder per build is added
# Example: bash src/bench/paired.sh /tmp/main . 15 --to docx seeds
set -euo pipefail
a=$1 b=$2 pairs=$3
shift 3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # build -> "wall cpu"
  /usr/bin/time -f '%e %U %S' "$1/target/imprint" -q -o "$out/$(basename "$1")" "${@:2}" 2>&1 >/dev/null | tail -1 \
    | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run "$a" "$@" >/dev/null
run "$b" "$@" >/dev/null
wa=() wb=() ca=() cb=() rw=() rc=()
for _ in $(seq "$pairs"); do
  read -r w1 c1 < <(run "$a" "$@")
  read -r w2 c2 < <(run "$b" "$@")
  wa+=("$w1"); wb+=("$w2"); ca+=("$c1"); cb+=("$c2")
  rw+=("$(awk -v x="$w1" -v y="$w2" 'BEGIN { printf "%.4f", y / x }')")
  rc+=("$(awk -v x="$c1" -v y="$c2" 'BEGIN { printf "%.4f", y / x }')")
done
echo "wall: A $(printf '%s\n' "${wa[@]}" | median) s, B $(printf '%s\n' "${wb[@]}" | median) s, B/A $(printf '%s\n' "${rw[@]}" | median)"
echo "cpu:  A $(printf '%s\n' "${ca[@]}" | median) s, B $(printf '%s\n' "${cb[@]}" | median) s, B/A $(printf '%s\n' "${rc[@]}" | median)"
