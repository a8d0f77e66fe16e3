#!/usr/bin/env bash
# Whole-command benchmark: imprint against what a user would otherwise run (pandoc for DOCX and
# EPUB, LibreOffice for the PDF), when those are installed. Prints a Markdown table.
# Usage: bash src/bench/run.sh   (from the repository root; builds the jar if needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = jmh ]; then
  # In-process throughput per renderer (JMH), warm JVM.
  mvn -B -q -DskipTests test-compile
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main RenderBenchmark
fi
[ -f target/imprint.jar ] || mvn -B -q -DskipTests package
work=target/bench
rm -rf "$work" && mkdir -p "$work"
java src/bench/GenerateCorpus.java "$work" 1000 >/dev/null
seed=seeds/france-girds-against-cyberattacks.txt
runs=${RUNS:-5}

# Median wall time (seconds) of a command over $runs runs after one warm-up.
median() {
  local times=()
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'
}
peak_mb() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
  else
    echo "n/a"
  fi
}

out=$(mktemp -d)
echo "| work | imprint (s) | competition (s) | ratio |"
echo "|---|---|---|---|"
i_seed=$(median java -jar target/imprint.jar -q -o "$out" "$seed")
if command -v pandoc >/dev/null && command -v soffice >/dev/null; then
  cp "$seed" "$out/seed.md"
  c_seed=$(median bash -c "pandoc '$out/seed.md' -o '$out/p.docx' && pandoc '$out/seed.md' -o '$out/p.epub' && soffice --headless -env:UserInstallation=file://$out/lo --convert-to pdf --outdir '$out' '$out/p.docx'")
  echo "| seed article, all three formats | $i_seed | $c_seed (pandoc + LibreOffice) | $(echo "$c_seed / $i_seed" | bc -l | xargs printf '%.2fx') |"
else
  echo "| seed article, all three formats | $i_seed | (pandoc/LibreOffice not installed) | |"
fi
i_book=$(RUNS=3 median java -jar target/imprint.jar -q -o "$out" "$work/book.md")
if command -v pandoc >/dev/null && command -v soffice >/dev/null; then
  c_book=$(RUNS=3 median bash -c "pandoc '$work/book.md' -o '$out/b.docx' && pandoc '$work/book.md' -o '$out/b.epub' && soffice --headless -env:UserInstallation=file://$out/lo --convert-to pdf --outdir '$out' '$out/b.docx'")
  echo "| 100,000-word book, all three formats | $i_book | $c_book (pandoc + LibreOffice) | $(echo "$c_book / $i_book" | bc -l | xargs printf '%.2fx') |"
else
  echo "| 100,000-word book, all three formats | $i_book | | |"
fi
echo "| book peak memory (MB) | $(peak_mb java -jar target/imprint.jar -q -o "$out" "$work/book.md") | | |"
s=$(date +%s.%N); java -jar target/imprint.jar -q -o "$out/articles" "$work/articles"; e=$(date +%s.%N)
echo "| 1,000 articles, all three formats | $(echo "$e - $s" | bc -l | xargs printf '%.2f') ($(echo "1000 / ($e - $s)" | bc -l | xargs printf '%.0f') articles/s) | | |"
rm -rf "$out"
