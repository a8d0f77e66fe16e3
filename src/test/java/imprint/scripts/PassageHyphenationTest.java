package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.render.pdf.HyphenationPatterns;
import imprint.render.pdf.PdfRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A German passage in a French document is hyphenated with the German patterns: every word
 * broken at a line end is broken where the German patterns allow, and at least one break is
 * one the French patterns do not allow. The same passage in a language without patterns is
 * not hyphenated at all (negative control: the document's French patterns are not used).
 */
class PassageHyphenationTest {
    private static final String GERMAN = "Donaudampfschifffahrtsgesellschaftskapitän Rechtsschutzversicherungsgesellschaften "
            + "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung Kraftfahrzeughaftpflichtversicherung "
            + "Nahrungsmittelunverträglichkeiten Arbeitsunfähigkeitsbescheinigungen Haushaltsführungsschaden "
            + "Bundesausbildungsförderungsgesetz Wirtschaftsprüfungsgesellschaften Verkehrsinfrastrukturfinanzierung "
            + "Betäubungsmittelverschreibungsverordnung Mehrwertsteuererhöhungen Geschwindigkeitsbegrenzungen";

    private static List<String[]> breaks(String lang) throws Exception {
        String md = "---\ntitle: Essai\nlang: fr\n---\n\n::: {lang=" + lang + "}\n" + GERMAN + " " + GERMAN + "\n:::\n";
        String text;
        try (PDDocument d = Loader.loadPDF(MirroringTest.render(md, new PdfRenderer()))) {
            text = new PDFTextStripper().getText(d);
        }
        List<String[]> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String l = lines[i].strip();
            // A hyphenated line end extracts as a soft hyphen (the character it stands for) or a hyphen.
            if ((l.endsWith("-") || l.endsWith("\u00AD")) && l.length() > 1 && Character.isLetter(l.charAt(l.length() - 2))) {
                String head = l.substring(l.lastIndexOf(' ') + 1, l.length() - 1);
                String next = lines[i + 1].strip();
                String tail = next.contains(" ") ? next.substring(0, next.indexOf(' ')) : next;
                out.add(new String[] {head, tail});
            }
        }
        return out;
    }

    @Test
    void aGermanPassageIsHyphenatedInGerman() throws Exception {
        List<String[]> breaks = breaks("de");
        assertFalse(breaks.isEmpty(), "the narrow German passage has hyphenated lines");
        boolean notFrench = false;
        for (String[] b : breaks) {
            String word = b[0] + b[1];
            int at = b[0].length();
            assertTrue(contains(HyphenationPatterns.forLanguage("de").points(word), at), b[0] + "-" + b[1]);
            notFrench |= !contains(HyphenationPatterns.forLanguage("fr").points(word), at);
        }
        assertTrue(notFrench, "some break is German only");
        assertEquals(List.of(), breaks("zz"), "a language without patterns: no hyphenation, not the document's");
    }

    private static boolean contains(int[] points, int at) {
        return Arrays.stream(points).anyMatch(p -> p == at);
    }
}
