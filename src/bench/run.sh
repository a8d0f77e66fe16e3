#!/usr/bin/env bash
# Whole-command benchmark: imprint against what a user would otherwise run (pandoc for DOCX and
# EPUB, LibreOffice for the PDF from pandoc's DOCX), when those are installed. The two commands
# run in turn, pair by pair, and each ratio is taken within a pair, so a machine that speeds up
# or slows down during the run does not tilt the comparison. Prints a Markdown table.
#
# Usage (from anywhere; builds target/imprint if needed):
#   bash src/bench/run.sh          whole commands (RUNS=5 pairs by default, 3x as many for the seed)
#   bash src/bench/run.sh jmh      in-process JMH benchmarks (per renderer; cost against size)
#   bash src/bench/run.sh cold     one-shot start on the seed: Java 25 + AOT cache, Java 17 +
#                                  class-data archive, pandoc + WeasyPrint (RUNS=5: 15 triples)
#   bash src/bench/run.sh serve    the export service under wrk (src/bench/serve.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" = jmh ]; then
  # The benchmarks run against the packaged jar, as users run it: on the test class path the
  # test libraries (EPUBCheck's XML stack) slow every JAXP factory lookup in POI tenfold.
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -DincludeArtifactIds=jmh-core,jopt-simple,commons-math3 >/dev/null
  exec java -cp "target/test-classes:target/imprint.jar:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main 'imprint.bench.*'
fi

if [ "${1:-}" = serve ]; then
  exec bash src/bench/serve.sh
fi

[ -x target/imprint ] || mvn -B -q -DskipTests package
runs=${RUNS:-5}
work=target/bench
rm -rf "$work" && mkdir -p "$work"
[ "${1:-}" = cold ] || java src/bench/GenerateCorpus.java "$work" 1000 >/dev/null
cp seeds/france-girds-against-cyberattacks.txt "$work/seed.md"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

imprint() { target/imprint -q -o "$out/i" "$@"; }
# What a user without imprint runs for the same three files.
competition() {
  pandoc "$1" -o "$out/c.docx" && pandoc "$1" -o "$out/c.epub" \
    && soffice --headless "-env:UserInstallation=file://$out/lo" --convert-to pdf --outdir "$out" "$out/c.docx"
}
have_competition() { command -v pandoc >/dev/null && command -v soffice >/dev/null; }

# Wall seconds of one run of a command (its output discarded; a failure stops the benchmark).
seconds() {
  local s e
  s=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
  e=$(date +%s%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# pair NAME FILE [N]: imprint and the competition in turn, one warm-up each, then N pairs
# ($runs by default).
# Prints a table row: medians and the median of the per-pair ratios (competition / imprint).
pair() {
  local name=$1 file=$2 runs=${3:-$runs} a b ta=() tb=() ratios=()
  seconds imprint "$file" >/dev/null
  if ! have_competition; then
    for _ in $(seq "$runs"); do ta+=("$(seconds imprint "$file")"); done
    echo "| $name | $(printf '%s\n' "${ta[@]}" | median) | (pandoc or LibreOffice not installed) | |"
    return
  fi
  seconds competition "$file" >/dev/null
  for _ in $(seq "$runs"); do
    a=$(seconds imprint "$file")
    b=$(seconds competition "$file")
    ta+=("$a"); tb+=("$b")
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')")
  done
  echo "| $name | $(printf '%s\n' "${ta[@]}" | median) | $(printf '%s\n' "${tb[@]}" | median) | $(printf '%s\n' "${ratios[@]}" | median)x |"
}

# Peak resident memory (MB) and CPU use (cores busy on average) of one run, via GNU time.
usage() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M %e %U %S' "$@" 2>&1 >/dev/null | tail -1 \
      | awk '{ printf "%.0f MB peak, %.1f s, %.1f of %d cores busy", $1 / 1024, $2, ($3 + $4) / $2, cores }' cores="$(nproc)"
  else
    echo "(install GNU time for memory figures)"
  fi
}

if [ "${1:-}" = cold ]; then
  # One-shot start on the seed article, all three formats: the launcher as built (Java 25 with
  # its AOT cache when package found a Java 25), the launcher forced onto Java 17 with the
  # class-data archive, and pandoc (DOCX, EPUB) + WeasyPrint (PDF from pandoc's HTML), in turn,
  # pair by pair. Wall and CPU (user + system) seconds, medians; ratios within each run.
  seed=seeds/france-girds-against-cyberattacks.txt
  j17=$(command -v java)
  weasy() {
    pandoc -f markdown "$seed" -o "$out/w.docx" && pandoc -f markdown "$seed" -o "$out/w.epub" \
      && pandoc -f markdown -t html -s --metadata title=article "$seed" | weasyprint - "$out/w.pdf"
  }
  # cpu_wall CMD...: "wall cpu" of one run.
  cpu_wall() {
    /usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
  }
  n=$((runs * 3))
  a=() ac=() b=() bc=() c=() cc=() r1=() r2=()
  target/imprint -q -o "$out/a" "$seed"; IMPRINT_JAVA=$j17 target/imprint -q -o "$out/b" "$seed"
  command -v weasyprint >/dev/null && weasy >/dev/null 2>&1
  for _ in $(seq "$n"); do
    read -r w1 c1 < <(cpu_wall target/imprint -q -o "$out/a" "$seed")
    read -r w2 c2 < <(cpu_wall env IMPRINT_JAVA="$j17" target/imprint -q -o "$out/b" "$seed")
    a+=("$w1"); ac+=("$c1"); b+=("$w2"); bc+=("$c2")
    if command -v weasyprint >/dev/null; then
      read -r w3 c3 < <(cpu_wall bash -c "$(declare -f weasy); seed=$seed out=$out weasy")
      c+=("$w3"); cc+=("$c3")
      r1+=("$(awk -v x="$w1" -v y="$w3" 'BEGIN { printf "%.3f", y / x }')")
      r2+=("$(awk -v x="$w2" -v y="$w3" 'BEGIN { printf "%.3f", y / x }')")
    fi
  done
  aot_java=$(cat target/imprint.aot.java 2>/dev/null || echo "(no AOT cache: default Java)")
  echo "| one-shot, seed article, PDF + EPUB + DOCX | wall (s) | CPU (s) | pandoc + WeasyPrint / this |"
  echo "|---|---|---|---|"
  echo "| target/imprint, $aot_java with AOT cache | $(printf '%s\n' "${a[@]}" | median) | $(printf '%s\n' "${ac[@]}" | median) | $( [ ${#r1[@]} -gt 0 ] && printf '%s\n' "${r1[@]}" | median)x |"
  echo "| target/imprint, IMPRINT_JAVA=$j17 (class-data archive) | $(printf '%s\n' "${b[@]}" | median) | $(printf '%s\n' "${bc[@]}" | median) | $( [ ${#r2[@]} -gt 0 ] && printf '%s\n' "${r2[@]}" | median)x |"
  [ ${#c[@]} -gt 0 ] && echo "| pandoc DOCX + EPUB, pandoc HTML + WeasyPrint PDF | $(printf '%s\n' "${c[@]}" | median) | $(printf '%s\n' "${cc[@]}" | median) | 1x |"
  exit 0
fi

echo "| work | imprint (s) | pandoc + LibreOffice (s) | ratio |"
echo "|---|---|---|---|"
# A one-article run is short and the host's speed drifts, so it gets more pairs.
pair "seed article, all three formats" "$work/seed.md" $((runs * 3))
pair "100,000-word book, all three formats" "$work/book.md"

big=()
for _ in $(seq 3); do big+=("$(seconds imprint "$work/book-x10.md")"); done
small=()
for _ in $(seq 3); do small+=("$(seconds imprint "$work/book.md")"); done
b10=$(printf '%s\n' "${big[@]}" | median)
b1=$(printf '%s\n' "${small[@]}" | median)
echo "| 1,000,000-word book (10x), all three formats | $b10 | | $(awk -v a="$b10" -v b="$b1" 'BEGIN { printf "%.1f", a / b }')x the time of the 100,000-word book |"

s=$(date +%s%N)
target/imprint -q -o "$out/articles" "$work/articles" >/dev/null 2>&1
e=$(date +%s%N)
echo "| 1,000 articles, all three formats | $(awk -v s="$s" -v e="$e" 'BEGIN { t = (e - s) / 1e9; printf "%.2f (%.0f articles/s)", t, 1000 / t }') | | |"
if [ -f target/imprint.aot.java ]; then
  # The launcher runs the AOT cache's Java 25; the same batch on the default Java (17) with the
  # class-data archive, for comparison.
  s=$(date +%s%N)
  IMPRINT_JAVA="$(command -v java)" target/imprint -q -o "$out/articles17" "$work/articles" >/dev/null 2>&1
  e=$(date +%s%N)
  echo "| 1,000 articles, all three formats, IMPRINT_JAVA=$(command -v java) | $(awk -v s="$s" -v e="$e" 'BEGIN { t = (e - s) / 1e9; printf "%.2f (%.0f articles/s)", t, 1000 / t }') | | |"
fi
echo
echo "- book: $(usage target/imprint -q -o "$out/u" "$work/book.md")"
echo "- 10x book: $(usage target/imprint -q -o "$out/u" "$work/book-x10.md")"
echo "- 1,000 articles: $(usage target/imprint -q -o "$out/u" "$work/articles")"
mkdir -p "$out/half"
for i in $(seq -f '%04g' 1 500); do cp "$work/articles/article-$i.txt" "$out/half/"; done
echo "- 500 articles: $(usage target/imprint -q -o "$out/u2" "$out/half") (compare with 1,000)"
# The JVM grows its heap when it likes; capping it shows what the batch really keeps alive.
echo "- 1,000 articles in a 200 MB heap: $(JAVA_TOOL_OPTIONS=-Xmx200m usage target/imprint -q -o "$out/u3" "$work/articles")"
