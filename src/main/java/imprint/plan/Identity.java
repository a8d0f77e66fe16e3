package imprint.plan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * What identifies an output, defined on purpose rather than taken from a text dump: the
 * {@linkplain #content() content digest} of the document model ({@link ModelDigest}), and the
 * {@linkplain #output() output digest}, which adds the options that change what the pages show
 * (paper, duplex, ragged right, contents, EPUB split level, print setup) and the timestamp. The DOCX
 * reference document and the DOCX style are left out: they change the DOCX's styles, never
 * the content or the pages of the PDF and EPUB.
 */
public final class Identity {
    private final byte[] content;
    private final byte[] output;

    private Identity(byte[] content, byte[] output) {
        this.content = content;
        this.output = output;
    }

    static Identity of(imprint.model.Document doc, RenderOptions options, Instant timestamp) {
        byte[] content = ModelDigest.of(doc);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(content);
            out.writeDouble(options.paper().width());
            out.writeDouble(options.paper().height());
            out.writeBoolean(options.duplex());
            out.writeBoolean(options.raggedRight());
            out.writeByte(options.toc().ordinal());
            out.writeByte(options.epubSplitLevel());
            if (options.print() != null) {
                // Only when set, so the screen edition's identity is what it always was.
                out.writeUTF(options.print().profile().name() + "/" + options.print().stock().name()
                        + (options.print().gray() ? "/gray" : ""));
            }
            if (options.book()) {
                out.writeUTF("book");
            }
            if (options.endnotes()) {
                out.writeUTF("endnotes");
            }
            for (java.nio.file.Path dir : options.fontDirs()) {
                // the user's fonts can change the glyphs drawn; their folder names them
                out.writeUTF("font-dir:" + dir.getFileName());
            }
            out.writeLong(timestamp.getEpochSecond());
            out.writeInt(timestamp.getNano());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Identity(content, sha256(bytes.toByteArray()));
    }

    /** SHA-256 of the document model. */
    public byte[] content() {
        return content.clone();
    }

    /** SHA-256 of the model, the page-changing options and the timestamp. */
    public byte[] output() {
        return output.clone();
    }

    /** A name-based UUID of the content: the same document gets the same id in every build. */
    public UUID contentUuid() {
        return UUID.nameUUIDFromBytes(content);
    }

    /** 16 bytes of the output digest, for the PDF's file identifier. */
    public byte[] fileId() {
        return Arrays.copyOf(output, 16);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
