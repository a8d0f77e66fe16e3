package imprint.resource;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.adobe.internal.xmp.XMPMeta;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The caption and credit a photo carries in its own metadata, as agencies embed them: IPTC IIM
 * (Caption/Abstract, Credit, else By-line) or XMP ({@code dc:description}, {@code photoshop:Credit},
 * else {@code dc:creator}). Read with metadata-extractor, only when a figure's text gives none,
 * so documents without such figures never load it.
 */
public final class EmbeddedText {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

    /** What an image says about itself; either field may be empty. */
    public record Text(String caption, String credit) {
    }

    private EmbeddedText() {
    }

    /** The image's embedded caption and credit, or empty when it has neither (or cannot be parsed). */
    public static Optional<Text> of(Resource image) {
        Metadata md;
        try {
            md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image.bytes()), image.bytes().length);
        } catch (Exception | StackOverflowError e) {
            return Optional.empty(); // a damaged metadata block: the image itself was already checked
        }
        String caption = "";
        String credit = "";
        for (IptcDirectory iptc : md.getDirectoriesOfType(IptcDirectory.class)) {
            caption = first(caption, iptc.getString(IptcDirectory.TAG_CAPTION));
            credit = first(credit, iptc.getString(IptcDirectory.TAG_CREDIT));
            credit = first(credit, iptc.getString(IptcDirectory.TAG_BY_LINE));
        }
        for (XmpDirectory xmp : md.getDirectoriesOfType(XmpDirectory.class)) {
            XMPMeta meta = xmp.getXMPMeta();
            try {
                caption = first(caption, meta.getArrayItem(DC, "description", 1) == null ? null
                        : meta.getArrayItem(DC, "description", 1).getValue());
                credit = first(credit, meta.getPropertyString(PHOTOSHOP, "Credit"));
                credit = first(credit, meta.getArrayItem(DC, "creator", 1) == null ? null
                        : meta.getArrayItem(DC, "creator", 1).getValue());
            } catch (Exception e) {
                // a malformed XMP packet: keep what IPTC gave
            }
        }
        return caption.isEmpty() && credit.isEmpty() ? Optional.empty() : Optional.of(new Text(caption, credit));
    }

    private static String first(String have, String candidate) {
        if (!have.isEmpty() || candidate == null) {
            return have;
        }
        return candidate.replaceAll("[\\s\\u0000]+", " ").strip();
    }
}
