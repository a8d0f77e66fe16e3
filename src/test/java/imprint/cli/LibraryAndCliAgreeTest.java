package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.Paper;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input through the library and through the command line gives the same bytes, in every format. */
class LibraryAndCliAgreeTest {
    @TempDir
    Path tmp;

    @Test
    void sameBytesThroughBothFrontDoors() throws Exception {
        String formats = String.join(",", java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::extension).toList());
        for (Path input : List.of(Path.of("seeds/france-girds-against-cyberattacks.txt"),
                Path.of("src/test/resources/fixtures/kitchen-sink.md"))) {
            for (boolean letter : new boolean[] {false, true}) {
                Path out = Files.createDirectories(tmp.resolve(input.getFileName() + "-" + letter));
                CliRun r = letter ? CliRun.run("-q", "--to", formats, "--paper", "letter", "--toc", "-o", out.toString(), input.toString())
                        : CliRun.run("-q", "--to", formats, "-o", out.toString(), input.toString());
                assertEquals(0, r.exit(), r.err());

                Document doc = Imprint.read(input, new Diagnostics());
                // Writing the PDF and the EPUB together gives the EPUB the PDF's pages, a choice the library takes as an option.
                RenderOptions options = (letter ? RenderOptions.DEFAULTS.withPaper(Paper.LETTER).withToc(RenderOptions.Toc.ON)
                        : RenderOptions.DEFAULTS).withPageList(true);
                RenderContext ctx = new RenderContext(options, new Diagnostics(),
                        new FolderResourceResolver(List.of(input.toAbsolutePath().getParent())), input.getFileName().toString());
                DocumentPlan plan = Imprint.plan(doc, ctx);
                String stem = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                for (OutputFormat f : OutputFormat.values()) {
                    ByteArrayOutputStream lib = new ByteArrayOutputStream();
                    Imprint.render(plan, f, lib);
                    assertArrayEquals(lib.toByteArray(), Files.readAllBytes(out.resolve(f.fileName(stem))),
                            input + " as " + f + (letter ? " (letter, contents)" : ""));
                }
            }
        }
    }
}
