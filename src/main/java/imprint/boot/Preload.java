package imprint.boot;

import imprint.render.cover.CoverPainter;
import imprint.render.pdf.draw.BundledFonts;
import imprint.render.pdf.layout.Face;

/**
 * What each format loads on an idle core while the first document is still being read (see
 * {@link Prewarm}); named by {@link imprint.render.OutputFormat}'s registry. Each step loads
 * only what the first render would load anyway, and hands it over or shares it, never doing
 * work twice. Measured on the seed article (two cores): the three steps took the DOCX, PDF and
 * EPUB tasks' library start-up off the critical path, 0.91 s to 0.70 s per run with the other
 * start-up work of that round; the DOCX has had nothing to load since it is written as text.
 */
public final class Preload {
    private Preload() {
    }

    /**
     * The faces of the title, body text and folios, parsed for the first worker that needs each
     * (never shared), and PDFBox's document class, whose set-up starts Java2D.
     */
    public static void pdf() {
        BundledFonts.parseAhead(Face.SERIF, Face.SANS_BOLD, Face.SANS);
        load("org.apache.pdfbox.pdmodel.PDDocument");
    }

    /** Java2D and the cover fonts take longer to start than the rest of an article's EPUB. */
    public static void epub() {
        CoverPainter.preload();
    }

    /**
     * Nothing: the DOCX is written as text and loads no library (POI's schema index, which
     * this hook used to load ahead, is opened only to read a reference document).
     */
    public static void docx() {
    }

    /** The web page needs nothing a short run would notice. */
    public static void html() {
    }

    private static void load(String className) {
        try {
            Class.forName(className, true, Preload.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new LinkageError(className + " missing", e);
        }
    }
}
