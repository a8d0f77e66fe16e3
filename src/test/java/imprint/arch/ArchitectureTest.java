package imprint.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package boundaries of the design: the model depends on nothing, each third-party
 * library is imported by exactly one part of the code, and line breaking never sees PDFBox.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /**
     * Library package prefix -> the only source folders allowed to import it. The EPUB cover
     * reads glyph outlines with fontbox (and pdfbox-io's buffer it parses from) in one class.
     */
    private static final Map<String, List<String>> OWNERS = Map.of(
            "org.commonmark", List.of("imprint/read/markdown"),
            "org.snakeyaml", List.of("imprint/read/markdown"),
            "org.apache.pdfbox", List.of("imprint/render/pdf/draw", "imprint/render/pdf/PdfRenderer",
                    "imprint/render/cover/OutlineFont"),
            "org.apache.fontbox", List.of("imprint/render/pdf/draw", "imprint/render/pdf/PdfRenderer",
                    "imprint/render/cover/OutlineFont"),
            "org.apache.poi", List.of("imprint/render/docx"),
            "org.openxmlformats", List.of("imprint/render/docx"),
            "org.apache.xmlbeans", List.of("imprint/render/docx"),
            "io.documentnode", List.of("imprint/render/epub"));

    @Test
    void modelAndDiagnosticsDependOnTheJdkOnly() {
        for (String pkg : List.of("imprint/model", "imprint/diag")) {
            for (Path f : sources(MAIN.resolve(pkg))) {
                for (String imp : imports(f)) {
                    assertTrue(imp.startsWith("java.") || imp.startsWith("imprint.model") || imp.startsWith("imprint.diag"),
                            f + " imports " + imp);
                }
            }
        }
    }

    @Test
    void eachLibraryIsImportedByItsOwnerOnly() {
        List<String> violations = new ArrayList<>();
        for (Path f : sources(MAIN)) {
            String rel = MAIN.relativize(f).toString().replace('\\', '/');
            for (String imp : imports(f)) {
                OWNERS.forEach((lib, owners) -> {
                    if (imp.startsWith(lib + ".") && owners.stream().noneMatch(rel::startsWith)) {
                        violations.add(rel + " imports " + imp);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Spark, Hadoop and Scala are provided by the cluster: only imprint.spark may use them. */
    @Test
    void sparkIsImportedByImprintSparkOnly() {
        List<String> violations = new ArrayList<>();
        for (Path f : sources(MAIN)) {
            String rel = MAIN.relativize(f).toString().replace('\\', '/');
            for (String imp : imports(f)) {
                boolean spark = imp.startsWith("org.apache.spark.") || imp.startsWith("org.apache.hadoop.") || imp.startsWith("scala.");
                if (spark && !rel.startsWith("imprint/spark/")) {
                    violations.add(rel + " imports " + imp);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void layoutIsPureJava() {
        for (Path f : sources(MAIN.resolve("imprint/render/pdf/layout"))) {
            for (String imp : imports(f)) {
                assertTrue(imp.startsWith("java.") || imp.startsWith("javax.xml") || imp.startsWith("imprint."),
                        f + " imports " + imp);
            }
        }
    }

    @Test
    void renderersDoNotDependOnEachOther() {
        List<String> formats = List.of("pdf", "epub", "docx");
        for (String a : formats) {
            for (Path f : sources(MAIN.resolve("imprint/render/" + a))) {
                for (String imp : imports(f)) {
                    for (String b : formats) {
                        if (!a.equals(b)) {
                            assertTrue(!imp.startsWith("imprint.render." + b + "."), f + " imports " + imp);
                        }
                    }
                }
            }
        }
    }

    private static List<Path> sources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path f) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(f));
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
