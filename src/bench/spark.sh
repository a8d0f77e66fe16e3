#!/usr/bin/env bash
# Spark in local mode against the command line's batch on the same articles (issue 19): the two
# run in turn, pair by pair, each into an empty output folder, and the figure is the median of
# the per-pair ratios of articles per second, so a machine that speeds up or slows down during
# the run does not tilt it. Both are whole commands, start-up included, as a user runs them:
#   target/imprint -q -o OUT ARTICLES              (the batch, all cores)
#   target/imprint spark -q --in ARTICLES --out OUT (Spark, local[*])
# The last pair's exports are compared byte for byte.
#
# Usage (from anywhere; builds target/imprint if needed):
#   bash src/bench/spark.sh              10,000 articles, PAIRS=3 pairs
#   ARTICLES=2000 PAIRS=5 bash src/bench/spark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -x target/imprint ] && [ -f target/spark.classpath ] || mvn -B -q -DskipTests package
n=${ARTICLES:-10000}
pairs=${PAIRS:-3}
work=target/bench-spark
if [ "$(ls "$work/articles" 2>/dev/null | wc -l)" != "$n" ]; then
  rm -rf "$work" && mkdir -p "$work"
  java src/bench/GenerateCorpus.java "$work" "$n" >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Wall seconds of one run (outputs discarded before and after; a failure stops the benchmark).
seconds() {
  local s e
  rm -rf "$out/o"
  s=$(date +%s%N)
  "$@" >/dev/null 2>"$out/err" || { echo "benchmark command failed: $*" >&2; cat "$out/err" >&2; exit 1; }
  e=$(date +%s%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
cli() { target/imprint -q -o "$out/o" "$work/articles"; }
spark() { target/imprint spark -q --in "$work/articles" --out "$out/o"; }

echo "$n articles, $pairs pairs, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| pair | batch (s) | batch (articles/s) | Spark local (s) | Spark (articles/s) | Spark / batch |"
echo "|---|---|---|---|---|---|"
ratios=()
for i in $(seq "$pairs"); do
  a=$(seconds cli)
  b=$(seconds spark)
  r=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$r")
  awk -v i="$i" -v a="$a" -v b="$b" -v n="$n" -v r="$r" \
    'BEGIN { printf "| %d | %.1f | %.1f | %.1f | %.1f | %.0f%% |\n", i, a, n / a, b, n / b, r * 100 }'
done
echo
echo "median Spark / batch articles/s: $(printf '%s\n' "${ratios[@]}" | median | awk '{ printf "%.0f%%", $1 * 100 }')" \
  "(load after: $(cut -d' ' -f1-3 /proc/loadavg))"

# The same bytes: the last Spark run's exports against a batch run's.
mv "$out/o" "$out/spark"
cli
for f in "$out"/o/*; do
  cmp -s "$f" "$out/spark/$(basename "$f")" || { echo "differs from the batch: $(basename "$f")" >&2; exit 1; }
done
echo "exports byte-identical to the batch's: $(ls "$out/o" | wc -l) files"
