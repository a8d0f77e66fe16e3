package imprint.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the job tells its user once the results table is written: each failed document's reasons
 * (the first {@value #SHOWN} documents; the table has them all) and one summary line.
 */
final class Summary {
    private static final int SHOWN = 20;

    private final Dataset<Row> results;
    private final PrintStream out;
    private final PrintStream err;

    Summary(Dataset<Row> results, PrintStream out, PrintStream err) {
        this.results = results;
        this.out = out;
        this.err = err;
    }

    /** Prints the failures and the summary; returns the exit status. */
    int print(long documents, String table, double seconds) {
        long exported = results.filter(col("status").equalTo(ResultRows.EXPORTED)).count();
        long skipped = results.filter(col("status").equalTo(ResultRows.SKIPPED)).count();
        Dataset<Row> failedRows = results.filter(col("status").equalTo(ResultRows.FAILED));
        long failedDocuments = failedRows.select("path").distinct().count();
        List<Row> shown = failedRows.select("path", "diagnostics").orderBy("path").limit(SHOWN * 8).collectAsList();
        String last = null;
        int documentsShown = 0;
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Row r : shown) {
            String path = r.getString(0);
            if (!path.equals(last)) {
                if (++documentsShown > SHOWN) {
                    break;
                }
                last = path;
                said.clear();
            }
            for (Row d : r.<Row>getList(1)) {
                if (d.getString(1).equals("error")) {
                    String line = path + (d.getInt(3) > 0 ? ":" + d.getInt(3) : "") + ": error: " + d.getString(2)
                            + " [" + d.getString(0) + "]";
                    if (said.add(line)) {
                        err.println(line);
                    }
                }
            }
        }
        if (failedDocuments > SHOWN) {
            err.println("... and " + (failedDocuments - SHOWN) + " more failed documents: see " + table);
        }
        out.println(String.format(Locale.ROOT,
                "%d documents: %d files exported, %d skipped (already current), %d documents failed; %.1f s (%.1f documents/s); results: %s",
                documents, exported, skipped, failedDocuments, seconds, documents / seconds, table));
        return failedDocuments == 0 ? 0 : 1;
    }
}
