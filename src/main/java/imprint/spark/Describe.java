package imprint.spark;

/** Short, one-line reasons for failures, as the command line words them. */
final class Describe {
    private Describe() {
    }

    static String problem(Throwable e) {
        Throwable t = (e instanceof java.util.concurrent.ExecutionException || e instanceof java.util.concurrent.CompletionException)
                && e.getCause() != null ? e.getCause() : e;
        if (t instanceof StackOverflowError) {
            return "the document is nested too deeply";
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        if (t instanceof java.io.FileNotFoundException) {
            // Hadoop's local file system reports a file it may not read as not found, saying why in the message.
            return String.valueOf(t.getMessage()).contains("Permission denied") ? "permission denied" : "no such file";
        }
        if (t instanceof org.apache.hadoop.security.AccessControlException || t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** 1536 -> "1.5 KB", 3 MB -> "3 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double v = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v)) + " " + units[u];
    }
}
