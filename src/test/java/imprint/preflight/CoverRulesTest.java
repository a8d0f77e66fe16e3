package imprint.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover check on synthetic sheets made with PDFBox (not by imprint), each rule broken once. */
class CoverRulesTest {
    private static final float IN = 72;
    @TempDir
    Path tmp;

    /** A sheet for a 6 x 9 in book: {@code spineIn} wide spine, {@code bleedIn} all round, {@code pages} pages. */
    static byte[] sheet(double spineIn, double bleedIn, int pages, boolean trimBox) throws Exception {
        try (PDDocument d = new PDDocument()) {
            float w = (float) ((2 * 6 + spineIn + 2 * bleedIn) * IN);
            float h = (float) ((9 + 2 * bleedIn) * IN);
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage(new PDRectangle(w, h));
                if (trimBox) {
                    p.setTrimBox(new PDRectangle((float) (bleedIn * IN), (float) (bleedIn * IN), (float) ((12 + spineIn) * IN), 9 * IN));
                    p.setBleedBox(new PDRectangle(0, 0, w, h));
                }
                d.addPage(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    static Set<Check> blocking(byte[] pdf, int pages, PrintSetup.Stock stock) {
        return CoverRules.check(pdf, PrintProfile.KDP, stock, pages, null).stream().filter(Finding::blocking)
                .map(Finding::check).collect(Collectors.toSet());
    }

    @Test
    void aSheetMadeForItsPageCountPassesAndEachBrokenRuleIsFound() throws Exception {
        assertEquals(Set.of(), blocking(sheet(300 * 0.002252, 0.125, 1, true), 300, PrintSetup.Stock.WHITE));
        assertEquals(Set.of(), blocking(sheet(300 * 0.0025, 0.125, 1, true), 300, PrintSetup.Stock.CREAM));
        assertEquals(Set.of(Check.COVER_SIZE), blocking(sheet(300 * 0.002252, 0.125, 1, true), 340, PrintSetup.Stock.WHITE));
        assertEquals(Set.of(Check.COVER_SIZE), blocking(sheet(300 * 0.002252, 0.125, 1, true), 300, PrintSetup.Stock.CREAM));
        assertTrue(blocking(sheet(300 * 0.002252, 0.0625, 1, true), 300, PrintSetup.Stock.WHITE).contains(Check.COVER_BLEED));
        assertEquals(Set.of(Check.TRIM_BOX), blocking(sheet(300 * 0.002252, 0.125, 1, false), 300, PrintSetup.Stock.WHITE));
        assertEquals(Set.of(Check.COVER_PAGES), blocking(sheet(300 * 0.002252, 0.125, 2, true), 300, PrintSetup.Stock.WHITE));
    }

    @Test
    void theCommandChecksACoverForAPageCount() throws Exception {
        Path cover = Files.write(tmp.resolve("cover.pdf"), sheet(200 * 0.002252, 0.125, 1, true));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        assertEquals(0, PreflightCommand.run(new String[] {"--print", "kdp", "--cover", "200", "--paper", "6x9in", cover.toString()},
                out, err), o.toString(StandardCharsets.UTF_8));
        assertEquals(1, PreflightCommand.run(new String[] {"--print", "kdp", "--cover=260", cover.toString()}, out, err));
        String text = o.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("[COVER_SIZE]") && text.contains("260 pages on white paper"), text);
        assertEquals(2, PreflightCommand.run(new String[] {"--cover", "many", cover.toString()}, out, err));
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("--cover needs the interior's page count"));
    }
}
