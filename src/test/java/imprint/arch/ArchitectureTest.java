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
     * reads glyph outlines with fontbox (and pdfbox-io's buffer it parses from) in one class,
     * and the EPUB subsets the faces it embeds with fontbox's subsetter in one class.
     * Each input format's parser belongs to its reader (NITF: the JDK's StAX, ninjs and the HTML
     * reader's JSON-LD: Jackson, HTML: jsoup); photo metadata belongs to the resources.
     */
    private static final Map<String, List<String>> OWNERS = Map.ofEntries(
            Map.entry("org.commonmark", List.of("imprint/read/markdown")),
            Map.entry("org.snakeyaml", List.of("imprint/read/markdown")),
            Map.entry("org.jsoup", List.of("imprint/read/html")),
            Map.entry("com.fasterxml.jackson", List.of("imprint/read/ninjs")),
            Map.entry("javax.xml.stream", List.of("imprint/read/nitf")),
            Map.entry("com.drew", List.of("imprint/resource")),
            Map.entry("com.adobe.internal.xmp", List.of("imprint/resource")),
            Map.entry("org.apache.pdfbox", List.of("imprint/render/pdf/draw", "imprint/render/pdf/PdfRenderer",
                    "imprint/render/cover/OutlineFont", "imprint/render/epub/EpubFonts", "imprint/preflight")),
            Map.entry("org.apache.fontbox", List.of("imprint/render/pdf/draw", "imprint/render/pdf/PdfRenderer",
                    "imprint/render/cover/OutlineFont", "imprint/render/epub/EpubFonts")),
            Map.entry("org.apache.poi", List.of("imprint/render/docx")),
            Map.entry("org.openxmlformats", List.of("imprint/render/docx")),
            Map.entry("org.apache.xmlbeans", List.of("imprint/render/docx")),
            Map.entry("io.documentnode", List.of("imprint/render/epub")),
            Map.entry("org.eclipse.jetty", List.of("imprint/serve")),
            Map.entry("com.ibm.icu", List.of("imprint/text")));

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

    private static final List<String> NOT_IN_LAYOUT = List.of("org.apache.pdfbox", "org.apache.fontbox", "java.io",
            "java.nio.file", "javax.imageio", "java.net");

    /** What of {@link #NOT_IN_LAYOUT} a source uses, imported or fully qualified, comments aside. */
    private static List<String> bannedInLayout(String source) {
        String code = stripComments(source);
        List<String> found = new ArrayList<>();
        for (String b : NOT_IN_LAYOUT) {
            if (Pattern.compile("\\b" + Pattern.quote(b) + "\\.").matcher(code).find()) {
                found.add(b);
            }
        }
        if (code.contains("getResource")) {
            found.add("getResource");
        }
        return found;
    }

    /**
     * PDF layout is neutral: no PDFBox or font library, and no I/O (files, images, streams,
     * resources): images come resolved through the plan, hyphenation patterns are read by the
     * caller.
     */
    @Test
    void layoutImportsNoPdfLibraryAndDoesNoIo() {
        List<String> violations = new ArrayList<>();
        for (Path f : sources(MAIN.resolve("imprint/render/pdf/layout"))) {
            bannedInLayout(read(f)).forEach(b -> violations.add(MAIN.relativize(f) + " uses " + b));
        }
        assertEquals(List.of(), violations);
    }

    /** The negative control of the rule above: it sees an I/O import, a qualified PDFBox use, a resource read. */
    @Test
    void theLayoutRuleSeesWhatItBans() {
        assertEquals(List.of("org.apache.pdfbox", "java.io", "getResource"), bannedInLayout(
                "import java.io.InputStream;\nclass X { org.apache.pdfbox.pdmodel.PDPage p; Object r = X.class.getResource(\"x\"); }"));
        assertEquals(List.of(), bannedInLayout("// java.io.File is not used here\nclass X { String javaio = \"\"; }"));
    }

    /** Classes in the renderers stay small enough to read: none over 300 lines. */
    @Test
    void noRendererClassIsOver300Lines() {
        List<String> violations = new ArrayList<>();
        for (Path f : sources(MAIN.resolve("imprint/render"))) {
            long lines = read(f).lines().count();
            if (lines > 300) {
                violations.add(MAIN.relativize(f) + " has " + lines + " lines");
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

    /**
     * Each renderer depends on the plan and the shared pieces it is allowed (the XHTML body
     * writer for the EPUB and the web page, the cover design for the EPUB and the print cover),
     * never on another renderer.
     */
    @Test
    void renderersDependOnThePlanNotOnEachOther() {
        Map<String, List<String>> allowed = Map.of(
                "pdf", List.of("cover"),
                "epub", List.of("xhtml", "cover"),
                "docx", List.of(),
                "html", List.of("xhtml"),
                "xhtml", List.of(),
                "cover", List.of());
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : allowed.entrySet()) {
            for (Path f : sources(MAIN.resolve("imprint/render/" + e.getKey()))) {
                for (String imp : imports(f)) {
                    for (String other : allowed.keySet()) {
                        if (!other.equals(e.getKey()) && !e.getValue().contains(other)
                                && imp.startsWith("imprint.render." + other + ".")) {
                            violations.add(f + " imports " + imp);
                        }
                    }
                    if (imp.startsWith("imprint.cli.") || imp.startsWith("imprint.read.") || imp.startsWith("imprint.boot.")) {
                        violations.add(f + " imports " + imp);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The plan is computed from the model alone: it knows no renderer, reader or front door. */
    @Test
    void thePlanKnowsNoRenderer() {
        for (Path f : sources(MAIN.resolve("imprint/plan"))) {
            for (String imp : imports(f)) {
                assertTrue(imp.startsWith("java.") || imp.startsWith("imprint.model") || imp.startsWith("imprint.diag")
                        || imp.startsWith("imprint.resource"), f + " imports " + imp);
            }
        }
    }

    /**
     * One rule for URL safety ({@code model/LinkPolicy}) and one outline ({@code plan/Outline}):
     * no other main source spells out a URL scheme list or picks headings out of the blocks.
     */
    @Test
    void oneLinkRuleAndOneOutline() {
        List<String> violations = new ArrayList<>();
        for (Path f : sources(MAIN)) {
            String rel = MAIN.relativize(f).toString().replace('\\', '/');
            String code = stripComments(read(f));
            if (!rel.equals("imprint/model/LinkPolicy.java") && code.matches("(?s).*\"[^\"]*(https\\?|mailto|ftp)[^\"]*\".*")) {
                violations.add(rel + " spells out link schemes");
            }
            if (rel.startsWith("imprint/render/") && code.contains("instanceof Block.Heading")) {
                violations.add(rel + " picks headings out of the blocks (use the plan's outline)");
            }
        }
        assertEquals(List.of(), violations);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
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
