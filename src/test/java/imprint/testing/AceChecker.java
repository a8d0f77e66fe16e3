package imprint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Ace by DAISY ({@code @daisy/ace-cli}, axe-core on every content document plus its EPUB
 * checks) on an EPUB, offline, with the system's Chromium, and reads its verdict from
 * {@code report.json}. {@code .ci/run} installs it into {@code .tools/ace}; the system property
 * {@code imprint.ace} or the variable {@code IMPRINT_ACE} may name another {@code ace-cli}.
 */
public final class AceChecker {
    /** Ace's verdict: {@code earl:outcome} and each failed check as "title (impact)". */
    public record Verdict(String outcome, List<String> violations) {
    }

    private AceChecker() {
    }

    /** The ace-cli to run. */
    public static Path executable() {
        String named = System.getProperty("imprint.ace", System.getenv("IMPRINT_ACE"));
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        Path local = Path.of(".tools/ace/node_modules/.bin/ace-cli");
        if (Files.isExecutable(local)) {
            return local.toAbsolutePath();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "ace-cli");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Ace by DAISY is not installed: run .ci/run, or ELECTRON_SKIP_BINARY_DOWNLOAD=1 "
                + "PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix .tools/ace @daisy/ace-cli@1.4.6");
    }

    /** Checks an EPUB and returns Ace's verdict. */
    public static Verdict check(byte[] epub) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("imprint-ace");
        try {
            Path file = dir.resolve("book.epub");
            Files.write(file, epub);
            Path out = dir.resolve("report");
            ProcessBuilder pb = new ProcessBuilder(executable().toString(), "-f", "-s", "-o", out.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
            String chromium = chromium();
            if (chromium != null) {
                pb.environment().put("PUPPETEER_EXECUTABLE_PATH", chromium);
            }
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("Ace did not finish in 5 minutes");
            }
            Path report = out.resolve("report.json");
            if (!Files.exists(report)) {
                throw new IllegalStateException("Ace wrote no report (exit " + p.exitValue() + "): "
                        + Files.readString(dir.resolve("log.txt")));
            }
            JsonNode root = new ObjectMapper().readTree(report.toFile());
            List<String> violations = new ArrayList<>();
            for (JsonNode doc : root.path("assertions")) {
                for (JsonNode a : doc.path("assertions")) {
                    if (!"pass".equals(a.path("earl:result").path("earl:outcome").asText())) {
                        violations.add(a.path("earl:test").path("dct:title").asText() + " ("
                                + a.path("earl:test").path("earl:impact").asText() + ") in " + doc.path("earl:testSubject").path("url").asText());
                    }
                }
            }
            return new Verdict(root.path("earl:result").path("earl:outcome").asText(), violations);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }
}
