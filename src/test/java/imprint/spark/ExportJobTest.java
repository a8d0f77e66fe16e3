package imprint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode over a generated folder of a few hundred articles with hostile
 * files among them, against the command line's batch over the same files. Spark runs in a child
 * JVM with the class path a user's {@code imprint spark} run has (compile and provided
 * libraries, no test libraries), started with Spark's own module options; this JVM runs the
 * command line as the reference and never loads Spark.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportJobTest {
    private static final List<String> FORMATS = List.of("pdf", "epub", "docx");
    private static final int ARTICLES = 200;
    private static final int DESK = 20;
    private static final long MAX_BYTES = 100_000;

    /** Hostile inputs and the code each one's rows must carry. */
    private static final Map<String, String> HOSTILE = Map.of(
            "binary.md", "INPUT_BINARY",
            "latin1.txt", "INPUT_ENCODING",
            "empty.md", "INPUT_EMPTY",
            "blank.txt", "INPUT_EMPTY",
            "oversized.md", "INPUT_UNREADABLE",
            "dup.txt", "OUTPUT_COLLISION");

    @TempDir
    static Path tmp;
    private Path in;
    private Path cli;
    private Path out;
    private Path dump;
    private final List<String> good = new ArrayList<>();

    @BeforeAll
    void exportTwiceWithSparkAndOnceWithTheCommandLine() throws Exception {
        in = tmp.resolve("in");
        cli = tmp.resolve("cli");
        out = tmp.resolve("out");
        dump = Files.createDirectories(tmp.resolve("dump"));
        SparkCorpus.write(in, ARTICLES, DESK, good);
        Path slow = Files.createDirectories(tmp.resolve("slow"));
        Files.writeString(slow.resolve("huge.md"), SparkCorpus.book(250_000));

        // The reference: the command line's batch, folder by folder (it does not descend).
        for (String sub : List.of("", "desk", "features")) {
            Main.run(new String[] {"-q", "-o", cli.resolve(sub).toString(), in.resolve(sub).toString()},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), null, false);
        }

        String sep = "\u001f";
        String first = String.join(sep, "--in", in.toString(), "--out", out.toString(), "--max-bytes", Long.toString(MAX_BYTES),
                "--master", "local[2]");
        String slowRun = String.join(sep, "--in", slow.toString(), "--out", tmp.resolve("slow-out").toString(),
                "--to", "pdf", "--timeout", "1", "--master", "local[2]");
        // The command line's per-document limits, parsed by the same parser: one document over
        // the footnote limit fails alone, the one at it is exported.
        Path limited = Files.createDirectories(tmp.resolve("limited"));
        Files.write(limited.resolve("over.md"), notes(3));
        Files.write(limited.resolve("at.md"), notes(2));
        String limitRun = String.join(sep, "--in", limited.toString(), "--out", tmp.resolve("limited-out").toString(),
                "--to", "html", "--max-footnotes", "2", "--master", "local[2]");
        int code = child(List.of(dump.toString(), out.toString(), first, first + sep + "--resume", slowRun, limitRun));
        assertEquals(0, code, "the child JVM failed: " + Files.readString(dump.resolve("child.log")));
    }

    @Test
    void everyGoodDocumentIsExportedWithTheCommandLinesBytes() throws IOException {
        Map<String, String[]> rows = rows(1);
        for (String doc : good) {
            for (String f : FORMATS) {
                String stem = doc.substring(0, doc.lastIndexOf('.'));
                Path spark = out.resolve(stem + "." + f);
                Path reference = cli.resolve(stem + "." + f);
                assertTrue(Files.isRegularFile(reference), "the command line wrote " + reference);
                assertTrue(Files.isRegularFile(spark), "the Spark job wrote " + spark);
                assertEquals(-1L, Files.mismatch(reference, spark), spark + " differs from the command line's export");
                String[] r = rows.get(doc + " " + f);
                assertEquals("exported", r[2], doc + " " + f);
                assertEquals(Long.toString(Files.size(spark)), r[4], "bytes of " + spark);
                assertEquals(sha256(spark), r[5], "sha256 of " + spark);
            }
        }
        assertTrue(good.size() >= ARTICLES + DESK, "good documents: " + good.size());
    }

    @Test
    void everyBadDocumentIsAFailedRowSayingWhyAndWritesNothing() throws IOException {
        Map<String, String[]> rows = rows(1);
        HOSTILE.forEach((doc, code) -> {
            for (String f : FORMATS) {
                String[] r = rows.get(doc + " " + f);
                assertEquals("failed", r[2], doc + " " + f);
                assertTrue(r[6].contains(code + ":error"), doc + " " + f + " diagnostics: " + r[6]);
                assertEquals("null", r[4], doc + " has no bytes");
            }
        });
        // dup.md keeps its exports; dup.txt, whose exports would overwrite them, fails.
        assertEquals("exported", rows.get("dup.md pdf")[2]);
        for (String doc : List.of("binary", "latin1", "empty", "blank", "oversized")) {
            for (String f : FORMATS) {
                assertFalse(Files.exists(out.resolve(doc + "." + f)), doc + "." + f + " was written");
            }
        }
        assertEquals((good.size() + HOSTILE.size()) * FORMATS.size(), rows.size(), "one row per document and format");
        assertEquals("1", Files.readString(dump.resolve("run1.code")), "exit status with failed documents");
    }

    @Test
    void noPartialOrTemporaryFileIsLeft() throws IOException {
        for (String line : Files.readAllLines(dump.resolve("run1.files"))) {
            String path = line.split("\t")[0];
            if (path.startsWith("_imprint/results/")) {
                continue; // Spark's own Parquet files and their checksums
            }
            String name = Path.of(path).getFileName().toString();
            assertFalse(name.startsWith(".") || name.endsWith(".part"), "left behind: " + path);
        }
    }

    @Test
    void aRerunWithResumeWritesNothingNew() throws IOException {
        Map<String, String[]> before = rows(1);
        Map<String, String[]> after = rows(2);
        assertEquals(before.keySet(), after.keySet());
        for (Map.Entry<String, String[]> e : before.entrySet()) {
            String[] b = e.getValue();
            String[] a = after.get(e.getKey());
            if (b[2].equals("exported")) {
                assertEquals("skipped", a[2], e.getKey());
                assertEquals(b[5], a[5], "recorded sha256 of " + e.getKey());
            } else {
                assertEquals("failed", a[2], e.getKey());
            }
        }
        assertEquals(exports(1), exports(2), "files written or replaced by the rerun");
    }

    @Test
    void aDocumentPastItsTimeLimitFailsAloneAndLeavesNothing() throws IOException {
        List<String> rows = Files.readAllLines(dump.resolve("run3.results"));
        assertEquals(1, rows.size());
        String[] r = rows.get(0).split("\t", -1);
        assertEquals("failed", r[2]);
        assertTrue(r[6].contains("TIMEOUT:error"), r[6]);
        assertEquals(List.of(), Files.readAllLines(dump.resolve("run3.files")).stream()
                .filter(l -> !l.startsWith("_imprint/")).toList(), "files in the output folder");
    }

    @Test
    void aDocumentPastTheCommandLinesFootnoteLimitFailsAloneWithItsCode() throws IOException {
        Map<String, String[]> byName = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dump.resolve("run4.results"))) {
            String[] r = line.split("\t", -1);
            byName.put(r[0].substring(r[0].lastIndexOf('/') + 1), r);
        }
        assertEquals(java.util.Set.of("over.md", "at.md"), byName.keySet());
        assertEquals("failed", byName.get("over.md")[2]);
        assertTrue(byName.get("over.md")[6].contains("DOCUMENT_LIMIT:error"), byName.get("over.md")[6]);
        // the negative control: the document at the limit is exported
        assertEquals("exported", byName.get("at.md")[2], byName.get("at.md")[6]);
        assertEquals(List.of("at.html"), Files.readAllLines(dump.resolve("run4.files")).stream()
                .filter(l -> !l.startsWith("_imprint/")).map(l -> l.split("\t")[0]).toList());
    }

    @Test
    void theLauncherStartsSparkWithSparksOwnModuleOptions() throws Exception {
        String launcher = Files.readString(Path.of("src/main/launcher/imprint"));
        List<String> words = Arrays.asList(launcher.split("\\s+"));
        for (String option : sparkModuleOptions()) {
            assertTrue(words.contains(option), "src/main/launcher/imprint lacks Spark's " + option);
        }
    }

    /** A Markdown document with this many footnotes. */
    private static byte[] notes(int n) {
        StringBuilder sb = new StringBuilder("# Notes\n\n");
        for (int i = 0; i < n; i++) {
            sb.append("Text[^").append(i).append("].\n\n");
        }
        for (int i = 0; i < n; i++) {
            sb.append("[^").append(i).append("]: Note ").append(i).append(".\n");
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Exported files (not the job's own folder) with size, time and file key. */
    private List<String> exports(int run) throws IOException {
        return Files.readAllLines(dump.resolve("run" + run + ".files")).stream().filter(l -> !l.startsWith("_imprint/")).toList();
    }

    /** The results table of a run, keyed by "relative-path format". */
    private Map<String, String[]> rows(int run) throws IOException {
        Map<String, String[]> m = new LinkedHashMap<>();
        String root = "file:" + in.toAbsolutePath() + "/";
        for (String line : Files.readAllLines(dump.resolve("run" + run + ".results"))) {
            String[] r = line.split("\t", -1);
            assertTrue(r[0].startsWith(root), r[0]);
            String key = r[0].substring(root.length()) + " " + r[1];
            assertTrue(m.put(key, r) == null, "two rows for " + key);
        }
        return m;
    }

    private int child(List<String> args) throws Exception {
        String cp = String.join(java.io.File.pathSeparator, "target/test-classes", "target/classes",
                Files.readString(Path.of("target/spark-test.classpath")).strip());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(sparkModuleOptions());
        cmd.addAll(List.of("-Xmx1500m", "-Djava.awt.headless=true", "-cp", cp, SparkHarness.class.getName()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dump.resolve("child.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the Spark job did not finish in 10 minutes");
        }
        return p.exitValue();
    }

    /** Spark's own list of JVM options for Java 17 and later, which spark-submit adds. */
    private static List<String> sparkModuleOptions() throws Exception {
        List<URL> jars = new ArrayList<>();
        for (String p : Files.readString(Path.of("target/spark-test.classpath")).strip().split(java.io.File.pathSeparator)) {
            if (Path.of(p).getFileName().toString().startsWith("spark-launcher")) {
                jars.add(Path.of(p).toUri().toURL());
            }
        }
        assertEquals(1, jars.size(), "spark-launcher on the provided class path");
        try (URLClassLoader l = new URLClassLoader(jars.toArray(new URL[0]), null)) {
            String[] options = (String[]) l.loadClass("org.apache.spark.launcher.JavaModuleOptions")
                    .getMethod("defaultModuleOptionArray").invoke(null);
            return List.of(options);
        }
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
