package imprint.render.docx;

import imprint.model.Metadata;
import imprint.render.XmlText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The package's core ({@code docProps/core.xml}: title, authors, subject, keywords, language,
 * dates) and extended ({@code docProps/app.xml}: the application, the word count, and the
 * flags Word writes for a new document) properties.
 */
final class DocxProperties {
    static final String CORE_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    static final String CORE_CONTENT = "application/vnd.openxmlformats-package.core-properties+xml";
    static final String APP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
    static final String APP_CONTENT = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    private DocxProperties() {
    }

    static byte[] core(Metadata m, String title, String lang, Instant time) {
        String when = time.truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder sb = new StringBuilder(512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        element(sb, "dc:title", title);
        String subject = !m.subtitle().isBlank() ? m.subtitle() : m.description();
        element(sb, "dc:subject", subject);
        element(sb, "dc:creator", String.join("; ", m.authors()));
        element(sb, "cp:keywords", String.join(", ", m.keywords()));
        element(sb, "dc:description", m.description());
        element(sb, "cp:lastModifiedBy", "imprint");
        element(sb, "cp:revision", "1");
        sb.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:created>");
        sb.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:modified>");
        element(sb, "dc:language", lang);
        sb.append("</cp:coreProperties>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param words the body text's word count, which Word shows in its document statistics */
    static byte[] app(int words) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<TotalTime>0</TotalTime><Words>" + words + "</Words><Application>imprint</Application>"
                + "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
                + "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder sb, String name, String value) {
        if (value.isBlank()) {
            return;
        }
        sb.append('<').append(name).append('>');
        XmlText.escape(value, false, sb);
        sb.append("</").append(name).append('>');
    }
}
