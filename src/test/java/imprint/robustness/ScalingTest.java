package imprint.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cost against size, per construct: each construct of {@link Constructs} is read, planned and
 * rendered to every format at 1,000 and at 10,000 repetitions, and the larger run may cost at
 * most 15 times the smaller (linear is 10) in CPU time and in bytes allocated, summed over
 * every thread of the process (the PDF lays out on a second thread). A ratio, not a timing:
 * a loaded machine slows both runs alike. With {@code -Dimprint.scale=long} each construct also
 * runs at 100,000 repetitions against 10,000.
 */
class ScalingTest {
    private static final double MAX_RATIO = 15;

    /** {@code long}: 10,000 against 100,000 repetitions instead of 1,000 against 10,000. */
    private static final boolean LONG = "long".equals(System.getProperty("imprint.scale"));
    /** Only the constructs whose names contain this (a profiling aid). */
    private static final String ONLY = System.getProperty("imprint.scale.only", "");

    static Stream<String> constructs() {
        return Constructs.ALL.keySet().stream().filter(c -> c.contains(ONLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void costGrowsLinearly(String construct) throws Exception {
        if (LONG) {
            check(construct, 10_000, 100_000);
        } else {
            check(construct, 1_000, 10_000);
        }
    }

    private static void check(String construct, int small, int large) throws Exception {
        export(construct, small); // warm-up: class loading and compilation are not the construct's cost
        Cost a = export(construct, small);
        Cost b = export(construct, large);
        double cpu = (double) b.cpuNanos / Math.max(1, a.cpuNanos);
        double bytes = (double) b.bytes / Math.max(1, a.bytes);
        String line = String.format(Locale.ROOT, "%s: %,d -> %,d: CPU %.2f s -> %.2f s (%.1fx), allocated %,d MB -> %,d MB (%.1fx); %s",
                construct, small, large, a.cpuNanos / 1e9, b.cpuNanos / 1e9, cpu, a.bytes >> 20, b.bytes >> 20, bytes, b.stages);
        System.out.println(line);
        assertTrue(bytes < MAX_RATIO, line);
        // CPU time of a small run is noisy (a collection, a compilation): judged only past 0.2 s
        assertTrue(cpu < MAX_RATIO || b.cpuNanos < 200_000_000L * MAX_RATIO && a.cpuNanos < 200_000_000L, line);
    }

    record Cost(long cpuNanos, long bytes, String stages, Sample sample) {
    }

    /** Reads, plans and renders every format, discarding the bytes; the cost of all threads. */
    static Cost export(String construct, int n) throws Exception {
        String md = Constructs.document(construct, n);
        StringBuilder stages = new StringBuilder();
        Cost before = now();
        Cost t = before;
        Diagnostics d = new Diagnostics();
        Document doc = Imprint.read(md, InputFormat.MARKDOWN, d);
        t = stage(stages, "read", t);
        DocumentPlan plan = Imprint.plan(doc, new RenderContext(RenderOptions.DEFAULTS, d,
                new FolderResourceResolver(List.of(Path.of("target"))), construct + ".md"));
        t = stage(stages, "plan", t);
        for (OutputFormat f : OutputFormat.values()) {
            Imprint.render(plan, f, OutputStream.nullOutputStream());
            t = stage(stages, f.extension(), t);
        }
        Cost all = between(before, now());
        return new Cost(all.cpuNanos, all.bytes, stages.toString(), null);
    }

    private static Cost stage(StringBuilder sb, String name, Cost since) {
        Cost now = now();
        sb.append(String.format(Locale.ROOT, "%s %.2f s ", name, between(since, now).cpuNanos / 1e9));
        return now;
    }

    /** Per thread, what it has used so far; a thread that ended since is left out of a difference. */
    private record Sample(java.util.Map<Long, long[]> byThread) {
    }

    private static Cost now() {
        return new Cost(0, 0, "", sample());
    }

    private static Sample sample() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = mx.getAllThreadIds();
        long[] cpu = mx.getThreadCpuTime(ids);
        long[] bytes = mx.getThreadAllocatedBytes(ids);
        java.util.Map<Long, long[]> m = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], new long[] {Math.max(0, cpu[i]), Math.max(0, bytes[i])});
        }
        return new Sample(m);
    }

    /** What the threads used between two samples (threads started since count from zero). */
    private static Cost between(Cost from, Cost to) {
        long cpu = 0;
        long bytes = 0;
        for (var e : to.sample.byThread().entrySet()) {
            long[] before = from.sample.byThread().getOrDefault(e.getKey(), new long[2]);
            cpu += e.getValue()[0] - before[0];
            bytes += e.getValue()[1] - before[1];
        }
        return new Cost(cpu, bytes, "", to.sample);
    }
}
