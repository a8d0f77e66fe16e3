package imprint.render.pdf.draw;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * ToUnicode maps for fonts that drew glyphs by id. PDFBox builds a font's map from its cmap,
 * which joined Arabic forms and conjuncts are not in; PDF/A wants every glyph used mapped.
 * Such a font is subset here, ahead of {@code save}, and its map replaced by one with every
 * glyph drawn: the characters it stands for (a cluster's first glyph its whole cluster).
 * Extraction itself uses the words' /ActualText.
 */
final class ToUnicodeMaps {
    private ToUnicodeMaps() {
    }

    static void write(PDDocument doc, ShapedText shaped) throws IOException {
        if (shaped.shapedFonts.isEmpty()) {
            return;
        }
        Set<PDFont> toSubset = fontsToSubset(doc);
        for (PDType0Font font : shaped.shapedFonts) {
            font.subset();
            // already subset: save must not do it again (it would write PDFBox's map back)
            toSubset.remove(font);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(new TreeMap<>(shaped.unicode.get(font))).getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
    }

    /**
     * PDFBox keeps the fonts it will subset at save in a package-private set; there is no other
     * way to subset one ahead and keep save from undoing the map.
     */
    @SuppressWarnings("unchecked")
    private static Set<PDFont> fontsToSubset(PDDocument doc) throws IOException {
        try {
            Method m = PDDocument.class.getDeclaredMethod("getFontsToSubset");
            m.setAccessible(true);
            return (Set<PDFont>) m.invoke(doc);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("PDFBox's font subsetting cannot be reached: " + e, e);
        }
    }

    private static String cmap(Map<Integer, String> glyphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = glyphs.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i += 100) {
            int n = Math.min(100, entries.size() - i);
            sb.append(n).append(" beginbfchar\n");
            for (int k = i; k < i + n; k++) {
                sb.append(String.format("<%04X> <", entries.get(k).getKey()));
                String s = entries.get(k).getValue();
                for (int c = 0; c < s.length(); c++) {
                    sb.append(String.format("%04X", (int) s.charAt(c)));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString();
    }
}
