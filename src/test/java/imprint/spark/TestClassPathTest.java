package imprint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/**
 * Spark is a provided dependency, and Maven puts provided libraries on the test class path.
 * pom.xml keeps what only Spark brings off it (surefire's classpathDependencyExcludes); this
 * test fails when a Spark upgrade brings a library that list misses. Why it matters: Hadoop's
 * shaded Woodstox registers itself as the StAX implementation (every XMLInputFactory lookup in
 * POI then finds it, five times slower than the JDK's), and Log4j's core and the SLF4J bridges
 * would take over the libraries' logging.
 */
class TestClassPathTest {
    /** Provided by Spark and needed by the test libraries too (EPUBCheck, veraPDF, the Nu checker): these stay. */
    private static final Set<String> SHARED = Set.of("jackson-core", "jackson-databind", "jackson-annotations",
            "slf4j-api", "jsr305", "icu4j", "commons-text", "guava", "failureaccess", "listenablefuture", "checker-qual",
            "error_prone_annotations", "j2objc-annotations");

    @Test
    void sparkIsNotOnTheTestClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.spark.SparkContext"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"));
    }

    @Test
    void staxIsTheJdksAsWithoutSpark() {
        assertEquals("com.sun.xml.internal.stream.XMLInputFactoryImpl", XMLInputFactory.newInstance().getClass().getName());
    }

    @Test
    void nothingOnlySparkBringsIsOnTheTestClassPath() throws IOException {
        Set<String> onPath = Set.of(testClassPath().split(File.pathSeparator));
        List<String> leaked = new ArrayList<>();
        for (String jar : Files.readString(Path.of("target/spark.classpath")).strip().split(File.pathSeparator)) {
            String artifact = Path.of(jar).getParent().getParent().getFileName().toString();
            if (onPath.contains(jar) && !SHARED.contains(artifact)) {
                leaked.add(jar);
            }
        }
        assertEquals(List.of(), leaked, "add these to classpathDependencyExcludes in pom.xml");
    }

    /** Surefire starts the test JVM with a manifest-only jar and names the real class path here. */
    private static String testClassPath() {
        String p = System.getProperty("surefire.test.class.path");
        return p != null ? p : System.getProperty("java.class.path");
    }
}
