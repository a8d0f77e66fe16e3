package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.render.epub.EpubRenderer;
import imprint.testing.EpubValidator;
import imprint.testing.ZipFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The EPUB of the script corpus carries the faces of its scripts, the CJK ones subset, and passes EPUBCheck. */
class EpubFontsTest {
    @Test
    void theCorpusEmbedsItsScriptsFaces() throws Exception {
        byte[] epub = MirroringTest.render(Files.readString(Path.of("src/test/resources/scripts/corpus.md")), new EpubRenderer());
        assertEquals(List.of(), EpubValidator.problems(epub));
        Map<String, byte[]> files = ZipFiles.read(epub);
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        String css = new String(files.get("EPUB/style.css"), StandardCharsets.UTF_8);
        for (String face : List.of("NotoNaskhArabic-Regular", "NotoSansHebrew-Regular", "NotoSansDevanagari-Regular",
                "NotoSansBengali-Regular", "NotoSansTamil-Regular", "NotoSansThai-Regular", "NotoSansSC-Regular",
                "NotoSansTC-Regular", "NotoSansJP-Regular", "NotoSansKR-Regular")) {
            String href = "fonts/" + face + ".ttf";
            assertTrue(files.containsKey("EPUB/" + href), face);
            assertTrue(opf.contains("href=\"" + href + "\" media-type=\"font/ttf\""), opf);
            assertTrue(css.contains("src: url(\"" + href + "\")"), css);
        }
        assertTrue(css.contains(":lang(ja) { font-family: \"Noto Sans JP\", serif; }"), css);
        // The Japanese face holds the corpus's Japanese characters and not the others of the font.
        try (TrueTypeFont jp = new TTFParser().parse(new RandomAccessReadBuffer(files.get("EPUB/fonts/NotoSansJP-Regular.ttf")));
             TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(
                     EpubFontsTest.class.getResourceAsStream("/imprint/fonts/NotoSansJP-Regular.ttf")))) {
            var cmap = jp.getUnicodeCmapLookup();
            for (int cp : "日本語は、主に".codePoints().toArray()) {
                assertTrue(cmap.getGlyphId(cp) > 0, "U+" + Integer.toHexString(cp));
            }
            assertEquals(0, cmap.getGlyphId('鬱'), "a character the book does not use is not in the subset");
            assertTrue(full.getUnicodeCmapLookup().getGlyphId('鬱') > 0, "though the whole face has it");
            assertTrue(jp.getNumberOfGlyphs() < 200 && full.getNumberOfGlyphs() > 10_000,
                    jp.getNumberOfGlyphs() + " of " + full.getNumberOfGlyphs());
        }
    }

    @Test
    void aLatinBookEmbedsNoFont() throws Exception {
        Map<String, byte[]> files = ZipFiles.read(MirroringTest.render("---\ntitle: Plain\nlang: en\n---\n\nJust words.\n",
                new EpubRenderer()));
        assertFalse(files.keySet().stream().anyMatch(k -> k.contains("fonts/")), files.keySet().toString());
        assertFalse(new String(files.get("EPUB/style.css"), StandardCharsets.UTF_8).contains("@font-face"));
    }
}
