package imprint.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads Prometheus text with the Prometheus project's Python client parser
 * ({@code prometheus_client.parser}, Debian package {@code python3-prometheus-client}), so the
 * service's /metrics is checked by a real consumer, not by our own reading of the format.
 */
final class PrometheusText {
    private static final String SCRIPT = """
            import sys
            from prometheus_client.parser import text_string_to_metric_families
            text = sys.stdin.read()
            for family in text_string_to_metric_families(text):
                for s in family.samples:
                    labels = ",".join(k + "=" + v for k, v in sorted(s.labels.items()))
                    print(s.name + ("{" + labels + "}" if labels else "") + " " + repr(float(s.value)))
            """;

    private PrometheusText() {
    }

    /** Samples by {@code name{label=value,...}} (labels sorted); AssertionError if the parser rejects the text. */
    static Map<String, Double> parse(String text) {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", SCRIPT).start();
            p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("the Prometheus parser rejected the text: " + err);
            }
            Map<String, Double> samples = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    int sp = line.lastIndexOf(' ');
                    samples.put(line.substring(0, sp), Double.parseDouble(line.substring(sp + 1)));
                }
            }
            return samples;
        } catch (IOException e) {
            throw new IllegalStateException("python3 with prometheus_client is needed (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A bucket bound as the service writes it. */
    static String number(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
