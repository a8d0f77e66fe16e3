package imprint.boot;

/**
 * Keeps the libraries' logging quiet and cheap. POI logs through Log4j 2 and, without a logging
 * backend, Log4j prints a warning to stderr; the command line reports through diagnostics
 * instead. PDFBox logs through Commons Logging, which is given a factory that drops everything
 * ({@link SilentLogFactory}). Settings the caller made are kept.
 */
public final class QuietLogging {
    private QuietLogging() {
    }

    public static void install() {
        setIfAbsent("org.apache.commons.logging.LogFactory", SilentLogFactory.class.getName());
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.logging.log4j.level", "OFF");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
