package imprint.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@link ExportJob} in the child JVM of {@link ExportJobTest} (Spark is not on the test
 * JVM's class path) and writes down what the test checks: per run, the exit status, the results
 * table as tab-separated lines and every file under the output folder with its size, time and
 * file key (a file replaced by a rename gets a new one).
 *
 * <p>Arguments: {@code DUMP_DIR OUT_DIR RUNS...}, each run a string of arguments separated by
 * the character U+001F.
 */
public final class SparkHarness {
    private SparkHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path dump = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (int run = 2; run < args.length; run++) {
            String[] jobArgs = args[run].split("\u001f");
            int code;
            try (PrintStream o = new PrintStream(Files.newOutputStream(dump.resolve("run" + (run - 1) + ".out")), true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(Files.newOutputStream(dump.resolve("run" + (run - 1) + ".err")), true, StandardCharsets.UTF_8)) {
                code = ExportJob.run(jobArgs, o, e, null);
            }
            Path outDir = Path.of(value(jobArgs, "--out"));
            awaitNoTemporaryFiles(outDir);
            Files.writeString(dump.resolve("run" + (run - 1) + ".code"), Integer.toString(code));
            Files.write(dump.resolve("run" + (run - 1) + ".results"), results(outDir.resolve("_imprint/results")));
            Files.write(dump.resolve("run" + (run - 1) + ".files"), files(outDir));
        }
        System.exit(0);
    }

    private static String value(String[] args, String name) {
        int i = Arrays.asList(args).indexOf(name);
        return args[i + 1];
    }

    /** A document cancelled for its time limit removes its temporary file when its thread next writes. */
    private static void awaitNoTemporaryFiles(Path out) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            try (Stream<Path> s = Files.walk(out)) {
                if (s.noneMatch(p -> p.getFileName().toString().endsWith(".part"))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }

    private static List<String> results(Path table) {
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            List<String> lines = new ArrayList<>();
            for (Row r : spark.read().parquet(table.toString()).collectAsList()) {
                StringBuilder codes = new StringBuilder();
                for (Row d : r.<Row>getList(r.fieldIndex("diagnostics"))) {
                    codes.append(codes.length() == 0 ? "" : ",").append(d.getString(0)).append(':').append(d.getString(1));
                }
                lines.add(String.join("\t", r.getString(0), r.getString(1), r.getString(2), String.valueOf(r.get(3)),
                        String.valueOf(r.get(4)), String.valueOf(r.get(5)), codes.toString()));
            }
            return lines;
        } finally {
            spark.stop();
        }
    }

    private static List<String> files(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                lines.add(String.join("\t", out.relativize(p).toString(), Long.toString(a.size()),
                        a.lastModifiedTime().toString(), String.valueOf(a.fileKey())));
            }
        }
        return lines;
    }
}
