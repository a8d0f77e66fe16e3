package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import imprint.plan.RenderOptions;
import imprint.spark.JobOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Spark job takes the command line's render options under the same names; the same flags
 * must give the same render options (and so the same bytes), or a user's Spark run would not
 * match their command-line run.
 */
class SparkOptionsTest {
    private static final List<List<String>> FLAG_SETS = List.of(
            List.of(),
            List.of("--to", "pdf,epub"),
            List.of("--to", "html", "--paper", "letter", "--duplex"),
            List.of("--paper=150x230mm", "--ragged-right", "--toc", "--split-level", "2"),
            List.of("--no-toc", "--split-level=3", "--to=docx,pdf", "--strict"),
            List.of("--print", "kdp", "--interior=cream", "--book", "--docx-style", "manuscript", "--docx-contact=A; B"),
            List.of("--font-dir", "fonts", "--timeout=7", "--max-image-megapixels", "3", "--max-footnotes=4",
                    "--max-headings", "5", "--max-table-cells=6", "--store-cover"));

    @Test
    void theSameFlagsGiveTheSameRenderOptionsAndFormats() throws Exception {
        Optional<Instant> epoch = Optional.of(Instant.ofEpochSecond(1_700_000_000L));
        for (List<String> flags : FLAG_SETS) {
            Options cli = Options.parse(flags.toArray(new String[0]));
            List<String> args = new ArrayList<>(List.of("--in", "in", "--out", "out"));
            args.addAll(flags);
            JobOptions spark = JobOptions.parse(args.toArray(new String[0]));
            RenderOptions expected = cli.renderOptions(epoch);
            assertEquals(expected, spark.renderOptions(epoch), "render options for " + flags);
            assertEquals(cli.outputFormats(), spark.outputFormats(), "formats for " + flags);
            assertEquals(cli.export.limits(), spark.export().limits(), "limits for " + flags);
            assertEquals(cli.export.maxImagePixels(), spark.export().maxImagePixels(), "image bound for " + flags);
            assertEquals(cli.budgetSeconds(1 << 20), spark.export().budgetSeconds(1 << 20), "time budget for " + flags);
            assertEquals(cli.export.toString(), spark.export().toString(), "all shared options for " + flags);
        }
    }

    /** The limits differ from the defaults when given: the comparison above is not of defaults alone. */
    @Test
    void theLimitsGivenAreTheLimitsUsed() throws Exception {
        JobOptions spark = JobOptions.parse(new String[] {"--in", "a", "--out", "b", "--max-footnotes", "4"});
        assertEquals(4, spark.export().limits().maxFootnotes());
        assertEquals(imprint.plan.DocumentLimits.DEFAULTS.maxFootnotes(),
                JobOptions.parse(new String[] {"--in", "a", "--out", "b"}).export().limits().maxFootnotes());
        assertEquals(4, Options.parse(new String[] {"--max-footnotes=4"}).export.limits().maxFootnotes());
    }

    @Test
    void theCommandLinesParallelismOptionIsRefusedWithAReason() {
        assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(new String[] {"--in", "a", "--out", "b", "-j", "4"}));
        assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(new String[] {"--in", "a", "--out", "b", "--paper", "huge"}));
        assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(new String[] {"--out", "b"}));
        assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse(new String[] {"--in", "a", "--out", "b", "--max-footnotes", "many"}));
        assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse(new String[] {"--in", "a", "--out", "b", "--print", "nowhere"}));
    }
}
