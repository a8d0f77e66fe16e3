package imprint.render.pdf.draw;

import imprint.model.Metadata;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Document metadata for PDF/A-2u and PDF/UA-1: the Info dictionary and matching XMP (with the
 * PDF/A and PDF/UA identification), an sRGB output intent, the language, MarkInfo and
 * DisplayDocTitle. Dates come from the render timestamp, never the clock.
 */
final class PdfMetadata {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfMetadata() {
    }

    static void apply(PDDocument doc, Metadata m, String title, String lang, Instant when) throws IOException {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(when.toEpochMilli());
        java.util.List<String> creators = m.authors();
        String keywords = String.join(", ", m.keywords());
        String subject = !m.description().isBlank() ? m.description() : m.subtitle();

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (creators.size() == 1) {
            // PDF/A wants the Info Author equal to the only dc:creator entry; with several authors
            // the XMP's ordered list alone names them (the Info dictionary is optional there).
            info.setAuthor(creators.get(0));
        }
        if (!subject.isBlank()) {
            info.setSubject(subject);
        }
        if (!keywords.isEmpty()) {
            info.setKeywords(keywords);
        }
        info.setCreator("imprint");
        info.setProducer("imprint (Apache PDFBox)");
        info.setCreationDate(cal);
        info.setModificationDate(cal);

        byte[] xmp = Xmp.packet(title, creators, m.copyright(), subject, keywords, lang, when);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata meta = new PDMetadata(doc);
        meta.importXMPMetadata(xmp);
        catalog.setMetadata(meta);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        catalog.setLanguage(lang);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }
}
