package imprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Styles and page setup from a user's reference document ({@code --reference-docx}), as
 * pandoc users expect: its definitions win, and styles our content needs but it lacks come
 * from the bundled set. POI reads the user's package (whatever produced it); the merged part is
 * the user's own styles text with our missing style elements added as text, so nothing of
 * theirs is re-serialized.
 */
final class ReferenceStyles {
    private static final Pattern STYLE = Pattern.compile("<w:style [^>]*w:styleId=\"([^\"]+)\"[^>]*>.*?</w:style>",
            Pattern.DOTALL);
    private static final Pattern DOC_DEFAULTS = Pattern.compile("<w:docDefaults>.*?</w:docDefaults>", Pattern.DOTALL);

    private final String styles;
    private final Set<String> ids;
    private final boolean hasDocDefaults;
    private final Optional<Profile.PageSetup> page;

    private ReferenceStyles(String styles, Set<String> ids, boolean hasDocDefaults, Optional<Profile.PageSetup> page) {
        this.styles = styles;
        this.ids = ids;
        this.hasDocDefaults = hasDocDefaults;
        this.page = page;
    }

    /** Reads the reference document; a file that is not a readable DOCX is an error naming it. */
    static ReferenceStyles read(Path reference) throws IOException {
        try (InputStream in = Files.newInputStream(reference); XWPFDocument ref = new XWPFDocument(in)) {
            String text = null;
            Set<String> ids = new HashSet<>();
            boolean defaults = false;
            if (ref.getStyles() != null) {
                CTStyles theirs = ref.getStyle();
                for (CTStyle s : theirs.getStyleArray()) {
                    ids.add(s.getStyleId());
                }
                defaults = theirs.isSetDocDefaults();
                try (InputStream part = ref.getStyles().getPackagePart().getInputStream()) {
                    text = decode(part.readAllBytes());
                }
            }
            return new ReferenceStyles(text, ids, defaults, pageSetup(ref));
        } catch (org.apache.xmlbeans.XmlException | POIXMLException | NotOfficeXmlFileException e) {
            throw new IOException("reference document " + reference.getFileName() + " is not a readable DOCX", e);
        }
    }

    private static Optional<Profile.PageSetup> pageSetup(XWPFDocument ref) {
        var body = ref.getDocument().getBody();
        if (body == null || !body.isSetSectPr() || !body.getSectPr().isSetPgSz() || !body.getSectPr().isSetPgMar()) {
            return Optional.empty();
        }
        CTSectPr s = body.getSectPr();
        CTPageSz sz = s.getPgSz();
        CTPageMar m = s.getPgMar();
        Profile.PageSetup p = new Profile.PageSetup(twips(sz.getW()), twips(sz.getH()), Math.abs(twips(m.getTop())),
                twips(m.getRight()), Math.abs(twips(m.getBottom())), twips(m.getLeft()), twips(m.getHeader()),
                twips(m.getFooter()), twips(m.getGutter()));
        return p.textWidthPt() > 72 ? Optional.of(p) : Optional.empty();
    }

    private static long twips(Object v) {
        if (v == null) {
            return 0;
        }
        try {
            return v instanceof BigInteger b ? b.longValue() : new java.math.BigDecimal(v.toString()).longValue();
        } catch (NumberFormatException e) {
            return 0; // a measure with units ("1in") is not in the transitional schema; treat as unset
        }
    }

    /** The user's page setup, when the reference document has one. */
    Optional<Profile.PageSetup> pageSetup() {
        return page;
    }

    /**
     * The reference's styles part with the bundled styles it lacks added (declaring the
     * namespace on each, whatever prefix the user's part uses), or the bundled part when the
     * reference has no styles.
     */
    String mergedOver(String bundled) {
        if (styles == null) {
            return bundled;
        }
        StringBuilder add = new StringBuilder();
        Matcher m = STYLE.matcher(bundled);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                add.append(m.group().replaceFirst("<w:style ", "<w:style xmlns:w=\"" + Xml.W + "\" "));
            }
        }
        String merged = styles;
        if (!hasDocDefaults) {
            Matcher d = DOC_DEFAULTS.matcher(bundled);
            if (d.find()) {
                int rootEnd = merged.indexOf('>', merged.indexOf('<', merged.startsWith("<?") ? merged.indexOf("?>") + 2 : 0));
                merged = merged.substring(0, rootEnd + 1)
                        + d.group().replaceFirst("<w:docDefaults>", "<w:docDefaults xmlns:w=\"" + Xml.W + "\">")
                        + merged.substring(rootEnd + 1);
            }
        }
        int close = merged.lastIndexOf("</");
        return merged.substring(0, close) + add + merged.substring(close);
    }

    /** The part's text: UTF-8 (with or without a byte order mark) or UTF-16 with one, re-declared as UTF-8. */
    private static String decode(byte[] b) {
        String s;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        } else {
            s = new String(b, StandardCharsets.UTF_8);
        }
        return s.replaceFirst("^(<\\?xml[^>]*encoding=\")[^\"]*\"", "$1UTF-8\"");
    }
}
