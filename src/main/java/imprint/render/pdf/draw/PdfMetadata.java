package imprint.render.pdf.draw;

import imprint.model.Metadata;
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
 * DisplayDocTitle. Dates come from the render timestamp, never the clock. Print files are PDF/X-4
 * as well, with a CMYK output intent instead of the sRGB one.
 */
final class PdfMetadata {
    /** Where the bundled sRGB profile lives (ArgyllCMS's, MIT licence: see LICENSE-sRGB.txt beside it). */
    static final String SRGB_PROFILE = "/imprint/icc/sRGB.icc";
    /*
     * The bundled profile, not the JDK's: Java 17 and Java 25 ship different sRGB.pf bytes, so the
     * JDK's would make the same document's PDF differ between the launcher's Java and the Spark
     * job's or a library user's.
     */
    static final byte[] SRGB = bundled(SRGB_PROFILE);

    private PdfMetadata() {
    }

    /*
     * The profile's bytes as they are: PDOutputIntent's own constructor parses them with the JDK's
     * ICC_Profile and embeds what that writes back, which Java 17's LCMS rewrites (its header's
     * creator and platform), so the PDF would differ with the Java it was made on.
     */
    private static PDOutputIntent intent(PDDocument doc, byte[] profile, int components) throws IOException {
        org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                new ByteArrayInputStream(profile), org.apache.pdfbox.cos.COSName.FLATE_DECODE);
        stream.getCOSObject().setInt(org.apache.pdfbox.cos.COSName.N, components);
        org.apache.pdfbox.cos.COSDictionary d = new org.apache.pdfbox.cos.COSDictionary();
        d.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.getPDFName("OutputIntent"));
        d.setItem(org.apache.pdfbox.cos.COSName.S, org.apache.pdfbox.cos.COSName.getPDFName("GTS_PDFA1"));
        d.setItem(org.apache.pdfbox.cos.COSName.DEST_OUTPUT_PROFILE, stream);
        return new PDOutputIntent(d);
    }

    private static byte[] bundled(String path) {
        try (java.io.InputStream in = PdfMetadata.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the bundled colour profile is missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void apply(PDDocument doc, Metadata m, String title, String lang, Instant when) throws IOException {
        apply(doc, m, title, lang, when, null);
    }

    /**
     * The CMYK characterization of the print files' output intent: FOGRA39 (ISO Coated v2,
     * offset on coated paper), the free profile from TeX Live's colorprofiles (zlib licence,
     * see {@code imprint/icc/LICENSE-FOGRA39L.txt}).
     */
    static final String CMYK_PROFILE = "/imprint/icc/FOGRA39L_coated.icc";
    static final String CMYK_CONDITION = "FOGRA39";

    /**
     * As above; with a {@code pdfxDocumentId} the file is also PDF/X-4: one CMYK output
     * profile shared by the PDF/A and the PDF/X output intents (PDF/A allows several intents
     * only with the same profile), the Trapped key, and the XMP identification.
     */
    static void apply(PDDocument doc, Metadata m, String title, String lang, Instant when, String pdfxDocumentId)
            throws IOException {
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

        byte[] xmp = Xmp.packet(title, creators, m.copyright(), subject, keywords, lang, when, pdfxDocumentId);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata meta = new PDMetadata(doc);
        meta.importXMPMetadata(xmp);
        catalog.setMetadata(meta);

        if (pdfxDocumentId == null) {
            PDOutputIntent intent = intent(doc, SRGB, 3);
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        } else {
            info.setTrapped("False");
            info.getCOSObject().setString(org.apache.pdfbox.cos.COSName.getPDFName("GTS_PDFXVersion"), "PDF/X-4");
            PDOutputIntent pdfa = intent(doc, bundled(CMYK_PROFILE), 4);
            for (String s : new String[] {"GTS_PDFA1", "GTS_PDFX"}) {
                PDOutputIntent intent = s.equals("GTS_PDFA1") ? pdfa : new PDOutputIntent(new org.apache.pdfbox.cos.COSDictionary());
                org.apache.pdfbox.cos.COSDictionary d = intent.getCOSObject();
                d.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.getPDFName("OutputIntent"));
                d.setItem(org.apache.pdfbox.cos.COSName.S, org.apache.pdfbox.cos.COSName.getPDFName(s));
                d.setItem(org.apache.pdfbox.cos.COSName.DEST_OUTPUT_PROFILE,
                        pdfa.getCOSObject().getItem(org.apache.pdfbox.cos.COSName.DEST_OUTPUT_PROFILE));
                intent.setInfo("Coated FOGRA39 (ISO 12647-2:2004)");
                intent.setOutputCondition("Offset printing, according to ISO 12647-2:2004/Amd 1, paper type 1 or 2");
                intent.setOutputConditionIdentifier(CMYK_CONDITION);
                intent.setRegistryName("http://www.color.org");
                catalog.addOutputIntent(intent);
            }
        }

        catalog.setLanguage(lang);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }
}
