package imprint.spark;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;

/**
 * {@code imprint spark ...}: hands over to {@link ExportJob} when Apache Spark is on the class
 * path (the launcher puts it there: {@code target/imprint spark}), and otherwise says how to
 * start it. Names no Spark type, so the command line loads it without Spark.
 */
public final class SparkCommand {
    private SparkCommand() {
    }

    /** Runs the Spark job and returns its exit status. */
    public static int run(String[] args, PrintStream err) {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("imprint spark: Apache Spark is not on the class path: run it as 'target/imprint spark ...'"
                    + " (after mvn package) or with spark-submit --class imprint.spark.ExportJob imprint.jar ...");
            return 2;
        }
        try {
            return (Integer) Class.forName("imprint.spark.ExportJob").getMethod("run", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            err.println("imprint spark: " + (t.getMessage() == null ? t.getClass().getName() : t.getMessage()));
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println("imprint spark: cannot start: " + e);
            return 1;
        }
    }
}
