#!/usr/bin/env bash
# Load test of `imprint serve` on loopback only: wrk (Debian package) POSTs the seed article for
# all three formats (PDF, EPUB, DOCX) with 1, 8 and 64 connections, and the service's resident
# memory is sampled through the long 8-connection run. Bounded: a fixed time per run, then the
# service is stopped with SIGTERM. Prints Markdown tables. wrk runs on the same two cores as the
# service, as a CMS on the same host would.
#
# Usage (from anywhere; builds target/imprint if needed):
#   bash src/bench/serve.sh                 60 s at 8 connections, 20 s at 1 and 64
#   DURATION=30 SHORT=10 bash src/bench/serve.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bash src/bench/serve.sh
# Other settings: PORT (default 18931), FORMATS (default pdf,epub,docx), SERVE_ARGS (extra
# options for imprint serve, e.g. "--queue 16 --workers 2").
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "serve.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
[ -x target/imprint ] || mvn -B -q -DskipTests package
duration=${DURATION:-60}
short=${SHORT:-20}
port=${PORT:-18931}
formats=${FORMATS:-pdf,epub,docx}
body=seeds/france-girds-against-cyberattacks.txt
url="http://127.0.0.1:$port/v1/export?to=$formats&name=$(basename "$body")"

if [ "${SERVER:-jetty}" = jdk ]; then
  # The comparison that chose Jetty: the same exporter behind the JDK's HttpServer
  # (src/test/java/imprint/serve/JdkServerProbe.java), with the launcher's service flags.
  [ -f target/test-classes/imprint/serve/JdkServerProbe.class ] || mvn -B -q test-compile
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -XX:-UsePerfData -cp target/test-classes:target/imprint.jar \
    imprint.serve.JdkServerProbe "$port" >/dev/null &
else
  # shellcheck disable=SC2086
  target/imprint serve -q --port "$port" ${SERVE_ARGS:-} &
fi
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the service did not start" >&2; exit 1; }

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
# CPU seconds the service has used (user + system): on a shared host the CPU per answer is a
# steadier figure than the wall-clock rate, and 2 cores / (CPU per answer) bounds the rate.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat"; }

# run CONNECTIONS SECONDS: one wrk run; prints its RESULT line.
run() {
  local c=$1 s=$2 t=2
  [ "$c" -lt 2 ] && t=1
  wrk -t"$t" -c"$c" -d"${s}s" --timeout 10s -s src/bench/serve.lua "$url" -- "$body" | grep '^RESULT'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

echo "Warm-up (15 s at 8 connections; the JIT compiles the hot paths)..." >&2
run 8 15 >/dev/null

echo "| connections | answered/s | 200/s | p50 (ms) | p90 (ms) | p99 (ms) | 200 | 503 | other | socket errors | timeouts | service CPU per answer (ms) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
samples=()
for c in 1 8 64; do
  s=$short
  if [ "$c" = 8 ]; then
    s=$duration
    ( for _ in $(seq $((duration / 5))); do sleep 5; rss_mb; echo; done ) >"target/serve-rss.txt" &
    sampler=$!
  fi
  c0=$(cpu_s)
  r=$(run "$c" "$s")
  c1=$(cpu_s)
  if [ "$c" = 8 ]; then
    wait "$sampler" || true
    mapfile -t samples < <(grep . target/serve-rss.txt)
  fi
  echo "| $c | $(echo "$r" | field rps) | $(echo "$r" | field ok_rps) | $(echo "$r" | field p50_ms) | $(echo "$r" | field p90_ms) | $(echo "$r" | field p99_ms) | $(echo "$r" | field ok) | $(echo "$r" | field busy) | $(echo "$r" | field other) | $(echo "$r" | field socket_errors) | $(echo "$r" | field timeouts) | $(awk -v a="$c0" -v b="$c1" -v n="$(echo "$r" | field requests)" 'BEGIN { printf "%.1f", (b - a) * 1000 / n }') |"
done
echo
echo "Resident memory every 5 s through the ${duration} s run at 8 connections (MB): ${samples[*]}"
printf '%s\n' "${samples[@]}" | awk '{ a[NR] = $1; s += $1 } END { m = s / NR; lo = m; hi = m;
  for (i = 1; i <= NR; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i] }
  printf "mean %.0f MB, range %+.1f%% to %+.1f%% of the mean\n", m, (lo - m) / m * 100, (hi - m) / m * 100 }'
curl -fs "http://127.0.0.1:$port/metrics" | grep -E '^imprint_(http_requests_total|export_failures_total)' || true
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
