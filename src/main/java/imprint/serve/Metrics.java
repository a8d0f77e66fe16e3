package imprint.serve;

import imprint.render.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The service's counters, written in the Prometheus text exposition format (version 0.0.4):
 * requests by route and status, export latency as a histogram, refusals by code, the work
 * queue's depth, formats rendered, and the process's resident memory. Thread-safe; cheap to
 * update from every request.
 */
final class Metrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> formats = new ConcurrentHashMap<>();
    private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length + 1);
    private final DoubleAdder latencySum = new DoubleAdder();
    private final LongAdder latencyCount = new LongAdder();
    private final WorkQueue queue;

    Metrics(WorkQueue queue) {
        this.queue = queue;
    }

    /** Counts an answered request. */
    void request(String route, int status) {
        requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
    }

    /** Counts a refused export by its code (BODY_TOO_LARGE, QUEUE_FULL, INPUT_ENCODING, ...). */
    void failure(String code) {
        failures.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    void rendered(OutputFormat f) {
        formats.computeIfAbsent(f.extension(), k -> new LongAdder()).increment();
    }

    /** Records the time an export request took, from its headers to its answer. */
    void exportLatency(long nanos) {
        double s = nanos / 1e9;
        int i = 0;
        while (i < BUCKETS.length && s > BUCKETS[i]) {
            i++;
        }
        buckets.incrementAndGet(i);
        latencySum.add(s);
        latencyCount.increment();
    }

    /** The mean time of the export requests answered so far, in seconds (0 before the first). */
    double meanExportSeconds() {
        long n = latencyCount.sum();
        return n == 0 ? 0 : latencySum.sum() / n;
    }

    /** The current values as Prometheus text. */
    String text() {
        StringBuilder sb = new StringBuilder(4096);
        header(sb, "imprint_http_requests_total", "counter", "HTTP requests answered, by route and status code.");
        new TreeMap<>(requests).forEach((k, v) -> {
            int z = k.indexOf('\u0000');
            sb.append("imprint_http_requests_total{route=\"").append(k, 0, z).append("\",code=\"")
                    .append(k.substring(z + 1)).append("\"} ").append(v.sum()).append('\n');
        });
        header(sb, "imprint_export_failures_total", "counter",
                "Export requests refused or failed, by code (imprint's diagnostic codes and the service's own).");
        new TreeMap<>(failures).forEach((k, v) ->
                sb.append("imprint_export_failures_total{code=\"").append(k).append("\"} ").append(v.sum()).append('\n'));
        header(sb, "imprint_export_duration_seconds", "histogram",
                "Time from an export request's headers to its answer.");
        long cumulative = 0;
        for (int i = 0; i <= BUCKETS.length; i++) {
            cumulative += buckets.get(i);
            sb.append("imprint_export_duration_seconds_bucket{le=\"")
                    .append(i < BUCKETS.length ? number(BUCKETS[i]) : "+Inf").append("\"} ").append(cumulative).append('\n');
        }
        sb.append("imprint_export_duration_seconds_sum ").append(number(latencySum.sum())).append('\n');
        sb.append("imprint_export_duration_seconds_count ").append(cumulative).append('\n');
        header(sb, "imprint_formats_rendered_total", "counter", "Documents rendered, by output format.");
        new TreeMap<>(formats).forEach((k, v) ->
                sb.append("imprint_formats_rendered_total{format=\"").append(k).append("\"} ").append(v.sum()).append('\n'));
        gauge(sb, "imprint_queue_depth", "Admitted export requests waiting for a worker.", queue.waiting());
        gauge(sb, "imprint_requests_in_flight", "Admitted export requests not yet finished (waiting or running).",
                queue.admitted());
        gauge(sb, "imprint_queue_capacity", "Export requests admitted at most at once (workers plus waiting places).",
                queue.capacity());
        gauge(sb, "imprint_workers", "Threads that export.", queue.workers());
        Runtime rt = Runtime.getRuntime();
        gauge(sb, "imprint_jvm_heap_used_bytes", "Java heap in use.", rt.totalMemory() - rt.freeMemory());
        long rss = residentBytes();
        if (rss >= 0) {
            gauge(sb, "process_resident_memory_bytes", "Resident memory size in bytes.", rss);
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, String name, String type, String help) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void gauge(StringBuilder sb, String name, String help, long value) {
        header(sb, name, "gauge", help);
        sb.append(name).append(' ').append(value).append('\n');
    }

    private static String number(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Resident set size from /proc (Linux), or -1 elsewhere. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
