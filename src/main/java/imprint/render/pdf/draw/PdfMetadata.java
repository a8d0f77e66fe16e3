package imprint.render.pdf.draw;

import imprint.model.Metadata;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

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
        String authors = String.join(", ", m.authors());
        String keywords = String.join(", ", m.keywords());
        String subject = !m.description().isBlank() ? m.description() : m.subtitle();

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (!authors.isEmpty()) {
            info.setAuthor(authors);
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

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        if (!authors.isEmpty()) {
            dc.addCreator(authors);
        }
        if (!subject.isBlank()) {
            dc.setDescription(subject);
        }
        dc.addLanguage(lang);
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("imprint (Apache PDFBox)");
        if (!keywords.isEmpty()) {
            pdf.setKeywords(keywords);
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("imprint");
        basic.setCreateDate(cal);
        basic.setModifyDate(cal);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("U");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level U is valid", e);
        }
        XMPSchema ua = new XMPSchema(xmp, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid");
        ua.addProperty(xmp.getTypeMapping().createInteger(ua.getNamespace(), ua.getPrefix(), "part", 1));
        xmp.addSchema(ua);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata meta = new PDMetadata(doc);
        meta.importXMPMetadata(bytes.toByteArray());
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
