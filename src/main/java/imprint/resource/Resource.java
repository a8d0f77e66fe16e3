package imprint.resource;

import java.util.Objects;

/**
 * An image read from disk and checked to be what it claims.
 *
 * @param name      a safe file name for it (no folders), unique within a document
 * @param bytes     the file's bytes
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width     width in pixels
 * @param height    height in pixels
 * @param dpi       resolution stored in the file, or 0 when none
 */
public record Resource(String name, byte[] bytes, String mediaType, int width, int height, int dpi) {
    public Resource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public boolean isPng() {
        return mediaType.equals("image/png");
    }

    public String extension() {
        return isPng() ? "png" : "jpg";
    }
}
