package imprint.preflight;

import imprint.plan.PrintProfile;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The rules that hold for the file as a whole: every font embedded, PDF/X identification and
 * output intent where the printer asks for PDF/X, the trapped key, no transparency or RGB for
 * PDF/X-1a, no JavaScript, no forms. PDF/X rules after ISO 15930 (-1 for X-1a, -6 for X-3,
 * -7 for X-4).
 */
final class DocumentRules {
    private final Preflight out;
    private final PrintProfile profile;

    DocumentRules(Preflight out, PrintProfile profile) {
        this.out = out;
        this.profile = profile;
    }

    void check(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        fonts(doc);
        if (catalog.getAcroForm() != null && !catalog.getAcroForm().getFields().isEmpty()) {
            out.block(Check.FORM, 0, "the file holds form fields; a print file holds none");
        }
        if (javascript(catalog)) {
            out.block(Check.JAVASCRIPT, 0, "the file holds JavaScript; printers reject active content");
        }
        List<String> versions = profile.pdfxVersions();
        if (versions.isEmpty()) {
            return;
        }
        String version = pdfxVersion(doc);
        if (version == null) {
            out.block(Check.PDFX_VERSION, 0, profile.label() + " takes " + String.join(", ", versions)
                    + "; the file does not declare a PDF/X version (GTS_PDFXVersion)");
            return;
        }
        if (!versions.contains(version)) {
            out.block(Check.PDFX_VERSION, 0, "declared " + version + "; " + profile.label() + " takes " + String.join(", ", versions));
        }
        boolean pdfxIntent = false;
        for (PDOutputIntent intent : catalog.getOutputIntents()) {
            COSDictionary d = intent.getCOSObject();
            if (COSName.getPDFName("GTS_PDFX").equals(d.getCOSName(COSName.S))) {
                pdfxIntent = true;
                if (d.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE) == null
                        && (intent.getOutputConditionIdentifier() == null || intent.getOutputConditionIdentifier().isBlank())) {
                    out.block(Check.PDFX_OUTPUT_INTENT, 0, "the PDF/X output intent names no output condition and holds no profile");
                }
            }
        }
        if (!pdfxIntent) {
            out.block(Check.PDFX_OUTPUT_INTENT, 0, "no GTS_PDFX output intent: the printer cannot tell what the colours are for");
        }
        COSBase trapped = doc.getDocumentInformation().getCOSObject().getDictionaryObject(COSName.TRAPPED);
        if (!(trapped instanceof COSName t) || !(t.getName().equals("True") || t.getName().equals("False"))) {
            out.block(Check.PDFX_TRAPPED, 0, "the Trapped key must be True or False in PDF/X");
        }
        if (version.startsWith("PDF/X-1a")) {
            transparencyAndColour(doc);
        }
    }

    private void fonts(PDDocument doc) throws IOException {
        Set<String> reported = new HashSet<>();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            PDResources res = page.getResources();
            if (res == null) {
                continue;
            }
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                if (font == null || font instanceof PDType3Font) {
                    continue; // Type 3 glyphs are drawn by the file itself
                }
                boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                if (!embedded && reported.add(font.getName())) {
                    out.block(Check.FONT_NOT_EMBEDDED, n, "font " + font.getName() + " is not embedded");
                }
            }
        }
    }

    /** PDF/X identification: the Info dictionary's GTS_PDFXVersion, else the XMP's pdfxid:GTS_PDFXVersion. */
    private static String pdfxVersion(PDDocument doc) throws IOException {
        String info = doc.getDocumentInformation().getCOSObject().getString(COSName.getPDFName("GTS_PDFXVersion"));
        if (info != null && !info.isBlank()) {
            return info.strip();
        }
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta == null) {
            return null;
        }
        String xmp = new String(meta.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("GTS_PDFXVersion(?:>|=\")\\s*([^<\"]+)").matcher(xmp);
        return m.find() ? m.group(1).strip() : null;
    }

    private static boolean javascript(PDDocumentCatalog catalog) {
        COSDictionary root = catalog.getCOSObject();
        COSDictionary names = root.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            return true;
        }
        // Any action of type JavaScript reachable from the catalog (open actions, additional actions, annotations).
        Deque<COSBase> todo = new ArrayDeque<>();
        Set<COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b == null || !seen.add(b)) {
                continue;
            }
            if (b instanceof COSDictionary d) {
                if (COSName.JAVA_SCRIPT.equals(d.getCOSName(COSName.S)) || d.containsKey(COSName.JS)) {
                    return true;
                }
                for (COSName key : d.keySet()) {
                    if (!key.equals(COSName.PARENT) && !key.equals(COSName.getPDFName("StructTreeRoot"))) {
                        todo.push(d.getItem(key));
                    }
                }
            } else if (b instanceof COSArray a) {
                for (COSBase x : a) {
                    todo.push(x);
                }
            }
        }
        return false;
    }

    /** PDF/X-1a: no transparency (soft masks, constant alpha below 1, transparency groups) and no RGB. */
    private void transparencyAndColour(PDDocument doc) {
        for (COSObject o : doc.getDocument().getXrefTable().keySet().stream()
                .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
            COSBase b = o.getObject();
            if (!(b instanceof COSDictionary d)) {
                continue;
            }
            COSBase smask = d.getDictionaryObject(COSName.SMASK);
            if (smask != null && !COSName.NONE.equals(smask)) {
                out.block(Check.PDFX_TRANSPARENCY, 0, "a soft mask: PDF/X-1a allows no transparency");
                return;
            }
            for (COSName alpha : new COSName[] {COSName.CA, COSName.CA_NS}) {
                if (d.getDictionaryObject(alpha) instanceof COSNumber num && num.floatValue() < 1) {
                    out.block(Check.PDFX_TRANSPARENCY, 0, "an alpha below 1: PDF/X-1a allows no transparency");
                    return;
                }
            }
            if (COSName.TRANSPARENCY.equals(d.getCOSName(COSName.S)) && COSName.GROUP.equals(d.getCOSName(COSName.TYPE))) {
                out.block(Check.PDFX_TRANSPARENCY, 0, "a transparency group: PDF/X-1a allows no transparency");
                return;
            }
            if (COSName.DEVICERGB.equals(d.getCOSName(COSName.COLORSPACE))) {
                out.block(Check.PDFX_COLOUR, 0, "an RGB image: PDF/X-1a takes CMYK and grey only");
                return;
            }
        }
    }
}
