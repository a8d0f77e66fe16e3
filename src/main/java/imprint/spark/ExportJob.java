package imprint.spark;

import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: every document under the input paths exported in every requested format, as
 * the command line's batch would export it, on as many executors as the cluster gives.
 *
 * <p>The driver lists the documents with Spark's {@code binaryFile} source (any Hadoop file
 * system, in parallel for many folders), finds the inputs whose exports would collide, and
 * deals the paths out to tasks, about {@value #DOCUMENTS_PER_TASK} a task. Each task reads its
 * documents' bytes itself, through the Hadoop file system and bounded by the size limit, so
 * that an unreadable, vanished, empty or oversized file fails its own row instead of the task.
 * One stage, no shuffle: the rows of the results table stream from the tasks into Parquet.
 *
 * <p>Started by {@code spark-submit --class imprint.spark.ExportJob imprint.jar ...}, or
 * embedded ({@code imprint spark ...}): without a master from spark-submit it runs in-process
 * on {@code local[*]}.
 */
public final class ExportJob {
    /** The folder below the output path for the job's own files (results, receipts); Hadoop and Spark skip names starting with '_'. */
    static final String META = "_imprint";

    /**
     * Documents per task that the default split aims at: some seconds of work on one core, so
     * that a retried or straggling task costs little, while the per-task cost (mostly opening
     * and closing a Parquet writer for the task's result rows, about 0.1 s of CPU) stays small.
     */
    static final int DOCUMENTS_PER_TASK = 500;

    private ExportJob() {
    }

    public static void main(String[] args) {
        int code = run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the job with the process's standard streams and SOURCE_DATE_EPOCH; returns the exit status. */
    public static int run(String[] args) {
        return run(args, System.out, System.err, System.getenv("SOURCE_DATE_EPOCH"));
    }

    static int run(String[] args, PrintStream out, PrintStream err, String sourceDateEpoch) {
        JobOptions o;
        Optional<Instant> epoch;
        try {
            o = JobOptions.parse(args);
            epoch = JobOptions.epoch(sourceDateEpoch);
        } catch (JobOptions.UsageException | IllegalArgumentException e) {
            err.println("imprint spark: " + e.getMessage());
            err.println("Try 'imprint spark --help' for more information.");
            return 2;
        }
        if (o.help) {
            out.print(JobOptions.usage());
            return 0;
        }
        // spark-submit passes the master as a system property; without one the job runs in-process.
        boolean embedded = System.getProperty("spark.master") == null;
        if (embedded) {
            embeddedLogging(); // before any Spark class starts Log4j
        }
        SparkConf conf = new SparkConf();
        if (embedded) {
            embeddedDefaults(conf, o.master == null ? "local[*]" : o.master);
        } else if (o.master != null) {
            err.println("imprint spark: --master is ignored under spark-submit (give spark-submit --master)");
        }
        conf.setIfMissing("spark.app.name", "imprint export");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            return new ExportJob.Run(spark, o, epoch, out, err).run();
        } catch (JobFailure e) {
            err.println("imprint spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * In-process Spark for one machine: no web UI (no port to take), the driver on the loopback
     * address (a machine whose host name does not resolve still works), warnings only.
     */
    private static void embeddedDefaults(SparkConf conf, String master) {
        conf.setMaster(master);
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.driver.host", "localhost");
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        // The job's own data is a few rows per document: compiling whole-stage code for it costs
        // seconds of a short run and saves nothing.
        conf.setIfMissing("spark.sql.codegen.wholeStage", "false");
    }

    private static void embeddedLogging() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            java.net.URL config = ExportJob.class.getResource("/imprint/spark/log4j2-embedded.properties");
            if (config != null) {
                System.setProperty("log4j2.configurationFile", config.toString());
            }
        }
    }

    /** A problem with the job as a whole (not one document): one line, exit status 1. */
    static final class JobFailure extends Exception {
        private static final long serialVersionUID = 1L;

        JobFailure(String message) {
            super(message);
        }
    }

    /** One run of the job. */
    private static final class Run {
        private final SparkSession spark;
        private final JobOptions o;
        private final Optional<Instant> epoch;
        private final PrintStream out;
        private final PrintStream err;
        private final Configuration hadoop;

        Run(SparkSession spark, JobOptions o, Optional<Instant> epoch, PrintStream out, PrintStream err) {
            this.spark = spark;
            this.o = o;
            this.epoch = epoch;
            this.out = out;
            this.err = err;
            this.hadoop = spark.sparkContext().hadoopConfiguration();
        }

        int run() throws JobFailure {
            long start = System.nanoTime();
            List<String> inputs = new ArrayList<>();
            for (String in : o.inputs) {
                inputs.add(qualified(in, true));
            }
            String outRoot = qualified(o.out, false);
            makeFolder(outRoot);
            String results = o.results != null ? qualified(o.results, false) : outRoot + "/" + META + "/results";
            byte[] referenceDocx = o.referenceDocx == null ? null : readWhole(o.referenceDocx);
            List<String> resources = new ArrayList<>();
            for (String r : o.resourcePath) {
                resources.add(qualified(r, true));
            }
            RenderOptions options = o.renderOptions(epoch);
            List<String> formats = o.outputFormats().stream().map(f -> f.extension()).toList();
            String fingerprint = Hashes.sha256(("imprint " + imprint.Imprint.version() + "\n" + options + "\nstrict " + o.strict
                    + "\nreference-docx " + (referenceDocx == null ? "-" : Hashes.sha256(referenceDocx))
                    + "\nresource-path " + resources).getBytes(StandardCharsets.UTF_8));
            JobSettings settings = new JobSettings(formats, o.paper, o.duplex, o.raggedRight, options.toc().name(),
                    o.splitLevel, epoch.map(Instant::getEpochSecond).orElse(null), referenceDocx, o.strict,
                    o.timeLimitSeconds * 1000, o.maxBytes, o.resume, inputs, outRoot, resources, fingerprint,
                    UUID.randomUUID().toString().substring(0, 8), new HadoopConf(new Configuration(hadoop)), Map.of(),
                    options.pageList());

            List<String> files = list(inputs);
            if (files.isEmpty()) {
                throw new JobFailure(String.join(", ", o.inputs) + ": holds no .txt, .md or .markdown files");
            }
            settings = settings.withCollisions(collisions(inputs, files));
            int tasks = o.partitions > 0 ? o.partitions : tasks(files.size(), spark.sparkContext().defaultParallelism());
            if (!o.quiet) {
                err.println("imprint spark: " + files.size() + " documents in " + tasks + " tasks on " + spark.sparkContext().master()
                        + " (" + spark.sparkContext().defaultParallelism() + " cores); formats " + String.join(",", formats)
                        + (o.resume ? "; resuming" : ""));
            }
            JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(files, tasks)
                    .mapPartitions(new ConvertPartition(settings));
            spark.createDataFrame(rows, ResultRows.SCHEMA).write().mode(SaveMode.Overwrite).parquet(results);
            return new Summary(spark.read().parquet(results), out, err)
                    .print(files.size(), results, (System.nanoTime() - start) / 1e9);
        }

        /**
         * Every document under the inputs (sub-folders included), sorted. Spark's
         * {@code binaryFile} source does the listing: any Hadoop file system, globs, parallel
         * listing of many folders, hidden files left out. Its scan is not used to read the
         * documents: it leaves empty files out, and an unreadable file would fail the whole task;
         * each task reads its documents itself instead.
         */
        private List<String> list(List<String> inputs) throws JobFailure {
            String[] all;
            try {
                all = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                        .load(inputs.toArray(new String[0])).inputFiles();
            } catch (RuntimeException e) { // AnalysisException: a path vanished since it was checked
                throw new JobFailure("cannot list the input: " + Describe.problem(e));
            }
            // The file index names files by URI (a space as %20); tasks and the table use Hadoop paths.
            return Arrays.stream(all).map(f -> new Path(java.net.URI.create(f)).toString())
                    .filter(f -> InputFormat.forFileName(new Path(f).getName()).isPresent())
                    .distinct().sorted().toList();
        }

        private String qualified(String p, boolean mustExist) throws JobFailure {
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(hadoop);
                if (mustExist && !fs.exists(path)) {
                    throw new JobFailure(p + ": no such file or folder");
                }
                return fs.makeQualified(path).toString();
            } catch (IOException | IllegalArgumentException e) {
                throw new JobFailure(p + ": " + Describe.problem(e));
            }
        }

        private void makeFolder(String p) throws JobFailure {
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(hadoop);
                if (!fs.mkdirs(path) || !fs.getFileStatus(path).isDirectory()) {
                    throw new JobFailure(p + ": cannot use output folder");
                }
            } catch (IOException e) {
                throw new JobFailure(p + ": cannot use output folder: " + Describe.problem(e));
            }
        }

        private byte[] readWhole(String p) throws JobFailure {
            try {
                Path path = new Path(p);
                try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                    return in.readAllBytes();
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new JobFailure(p + ": cannot be read: " + Describe.problem(e));
            }
        }
    }

    /** The input's path below the first {@code --in} path that holds it; its file name when none does (a glob). */
    static String relative(List<String> roots, String path) {
        for (String root : roots) {
            if (path.equals(root)) {
                return new Path(path).getName();
            }
            String prefix = root.endsWith("/") ? root : root + "/";
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length());
            }
        }
        return new Path(path).getName();
    }

    /** The relative path without the file's extension: inputs with the same stem would write the same exports. */
    static String stem(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    /**
     * About {@link #DOCUMENTS_PER_TASK} documents a task, at least four tasks per core (so the
     * last wave is short), a whole number of waves, never more tasks than documents.
     */
    static int tasks(long documents, int cores) {
        long perTask = (long) DOCUMENTS_PER_TASK * cores;
        long waves = Math.max(4, (documents + perTask - 1) / perTask);
        return (int) Math.max(1, Math.min(documents, Math.min(1_000_000, waves * cores)));
    }

    /**
     * Inputs whose exports would overwrite another's (same folder and name, other extension),
     * each mapped to the first of them by path, which keeps its exports, as on the command line.
     */
    static Map<String, String> collisions(List<String> roots, List<String> sortedFiles) {
        Map<String, String> first = new HashMap<>();
        Map<String, String> collides = new HashMap<>();
        for (String f : sortedFiles) {
            String before = first.putIfAbsent(stem(relative(roots, f)), f);
            if (before != null && !before.equals(f)) {
                collides.put(f, before);
            }
        }
        return collides;
    }
}
