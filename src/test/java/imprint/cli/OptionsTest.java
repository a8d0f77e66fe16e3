package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void valuesAttachedOrSeparate() throws Exception {
        Options o = Options.parse(new String[] {"--to=pdf,epub", "-o", "out", "--paper", "a5", "-j2",
            "--split-level=2", "--resource-path", "img", "--resource-path=more", "a.md", "b.txt"});
        assertEquals(Set.of(OutputFormat.PDF, OutputFormat.EPUB), o.outputFormats());
        assertEquals(Path.of("out"), o.out);
        RenderOptions r = o.renderOptions(Optional.empty());
        assertEquals(Paper.parse("a5"), r.paper());
        assertEquals(2, o.jobs);
        assertEquals(2, r.epubSplitLevel());
        assertEquals(List.of(Path.of("img"), Path.of("more")), o.resourcePath);
        assertEquals(List.of(Path.of("a.md"), Path.of("b.txt")), o.inputs);
    }

    @Test
    void flagsClusterAndNegate() throws Exception {
        Options o = Options.parse(new String[] {"-qv", "--no-toc", "--duplex", "--ragged-right", "--strict"});
        RenderOptions r = o.renderOptions(Optional.empty());
        assertTrue(o.quiet && o.verbose && r.duplex() && r.raggedRight() && o.export.strict());
        assertEquals(RenderOptions.Toc.OFF, r.toc());
        assertEquals(RenderOptions.Toc.ON, Options.parse(new String[] {"--toc"}).renderOptions(Optional.empty()).toc());
        assertEquals(RenderOptions.Toc.AUTO, Options.parse(new String[0]).renderOptions(Optional.empty()).toc(), "no flag: automatic");
    }

    @Test
    void docxStyleAndContact() throws Exception {
        var o = Options.parse(new String[] {"--docx-style", "manuscript", "--docx-contact=Jane Doe; 1 High St ;; jane@example.com"})
                .renderOptions(java.util.Optional.empty()).docxStyle();
        assertTrue(o.isManuscript());
        assertEquals(List.of("Jane Doe", "1 High St", "jane@example.com"), o.contact());
        assertFalse(Options.parse(new String[0]).renderOptions(java.util.Optional.empty()).docxStyle().isManuscript());
        assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--docx-style=fancy"}).renderOptions(java.util.Optional.empty()));
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Options o = Options.parse(new String[] {"--", "--strict", "-q"});
        assertEquals(List.of(Path.of("--strict"), Path.of("-q")), o.inputs);
        assertFalse(o.export.strict());
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--bogus"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"-x"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--out"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--jobs", "many"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--strict=yes"}));
    }

    @Test
    void unknownOptionIsNamedNotMistakenForMissingValue() {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--bogus"}));
        assertTrue(e.getMessage().contains("unknown option '--bogus'"), e.getMessage());
    }

    @Test
    void interiorColorGrayIsForAPrintInterior() throws Exception {
        Options gray = Options.parse(new String[] {"--print", "kdp", "--interior-color", "gray", "a.md"});
        assertTrue(gray.renderOptions(java.util.Optional.empty()).print().gray());
        Options colour = Options.parse(new String[] {"--print", "kdp", "a.md"});
        assertFalse(colour.renderOptions(java.util.Optional.empty()).print().gray());
        // Negative controls: gray without a print interior, and a colour no printer knows.
        assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--interior-color=gray", "a.md"}).renderOptions(java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--print", "kdp", "--interior-color=sepia", "a.md"})
                .renderOptions(java.util.Optional.empty()));
    }
}
