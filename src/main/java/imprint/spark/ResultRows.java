package imprint.spark;

import imprint.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The results table: one row per document and format. */
final class ResultRows {
    private ResultRows() {
    }

    /** The export was written. */
    static final String EXPORTED = "exported";
    /** {@code --resume}: the export already existed with the recorded content hash. */
    static final String SKIPPED = "skipped";
    /** Nothing was written for this document and format; the diagnostics say why. */
    static final String FAILED = "failed";

    static final StructType DIAGNOSTIC = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("code", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.IntegerType, false),
        DataTypes.createStructField("column", DataTypes.IntegerType, false),
    });

    /**
     * {@code path} the input as Spark lists it; {@code output} the export's path;
     * {@code bytes}, {@code sha256} of the export (null when failed); {@code millis} this
     * format's rendering; {@code document_millis} the whole document (read, plan, every
     * format, moving into place); {@code diagnostics} everything reported for the document,
     * and for a failed format also why it failed.
     */
    static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("path", DataTypes.StringType, false),
        DataTypes.createStructField("format", DataTypes.StringType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("output", DataTypes.StringType, true),
        DataTypes.createStructField("bytes", DataTypes.LongType, true),
        DataTypes.createStructField("sha256", DataTypes.StringType, true),
        DataTypes.createStructField("millis", DataTypes.LongType, false),
        DataTypes.createStructField("document_millis", DataTypes.LongType, false),
        DataTypes.createStructField("input_bytes", DataTypes.LongType, true),
        DataTypes.createStructField("input_sha256", DataTypes.StringType, true),
        DataTypes.createStructField("diagnostics", DataTypes.createArrayType(DIAGNOSTIC, false), false),
    });

    /** One row's values before the document's totals are known. */
    record Outcome(String format, String status, String output, Long bytes, String sha256, long millis,
                   Diagnostic failure) {
    }

    static Row row(String path, Outcome o, long documentMillis, Long inputBytes, String inputSha256,
                   List<Diagnostic> diagnostics) {
        List<Row> diags = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            diags.add(diagnostic(d));
        }
        if (o.failure() != null) {
            diags.add(diagnostic(o.failure()));
        }
        return RowFactory.create(path, o.format(), o.status(), o.output(), o.bytes(), o.sha256(), o.millis(),
                documentMillis, inputBytes, inputSha256, scala.jdk.javaapi.CollectionConverters.asScala(diags).toSeq());
    }

    private static Row diagnostic(Diagnostic d) {
        return RowFactory.create(d.code().name(), d.severity().word(), d.message(), d.line(), d.column());
    }
}
