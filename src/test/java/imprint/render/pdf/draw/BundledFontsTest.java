package imprint.render.pdf.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.render.pdf.layout.Face;
import imprint.render.pdf.layout.FontMetrics;
import org.junit.jupiter.api.Test;

/** The bundled fonts: coverage, GPOS pair kerning, and no GSUB ligatures. */
class BundledFontsTest {
    private final BundledFonts fonts = new BundledFonts();

    private double pairAdjustment(Face face, String pair) {
        FontMetrics m = fonts.metrics(face);
        return m.width(pair, 1000) - m.width(pair.substring(0, 1), 1000) - m.width(pair.substring(1), 1000);
    }

    @Test
    void pairKerningComesFromGpos() {
        assertTrue(pairAdjustment(Face.SERIF, "AV") < -40, "A and V move closer");
        assertTrue(pairAdjustment(Face.SANS_BOLD, "To") < -20, "T and o move closer");
        assertEquals(0, pairAdjustment(Face.MONO, "AV"), 0.001, "a monospaced font does not kern");
    }

    /** A face parsed ahead on one thread goes to exactly one other thread, which then measures the same. */
    @Test
    void aFaceParsedAheadIsHandedToOneThreadOnly() throws Exception {
        Thread warm = new Thread(() -> BundledFonts.parseAhead(Face.MONO_BOLD_ITALIC));
        warm.start();
        warm.join();
        TtfMetrics[] got = new TtfMetrics[2];
        for (int i = 0; i < 2; i++) {
            int slot = i;
            Thread t = new Thread(() -> got[slot] = new BundledFonts().ttf(Face.MONO_BOLD_ITALIC));
            t.start();
            t.join();
        }
        assertTrue(got[0] != null && got[1] != null && got[0] != got[1], "each thread its own instance");
        assertTrue(got[0].font() != got[1].font(), "the parsed font is not shared");
        assertEquals(got[1].width("Handed over", 10), got[0].width("Handed over", 10), 1e-9);
    }

    @Test
    void everyFaceCoversLatinGreekCyrillicAndVietnamese() {
        String text = "AZaz\u00E9\u0153\u0142\u0391\u03C9\u0416\u044F\u1EA1\u1EC7\u01B0\u2019\u201C\u2014\u2026";
        for (Face f : Face.values()) {
            if (f.system() || f.script()) {
                continue; // system slots are whatever the user names; script faces cover their script
            }
            FontMetrics m = fonts.metrics(f);
            text.codePoints().forEach(cp -> assertTrue(m.canDisplay(cp), f + " lacks U+" + Integer.toHexString(cp)));
        }
    }

    @Test
    void gsubIsHiddenSoNoLigaturesReachTheText() {
        byte[] font = BundledFonts.bytes(Face.SERIF);
        String tags = new String(font, 12, 16 * 18, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!tags.contains("GSUB") && tags.contains("gsux") && tags.contains("GPOS"), tags);
    }
}
