package imprint.serve;

import imprint.read.InputFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * A {@code multipart/form-data} request as an {@link Upload}: the part named {@code document},
 * an optional {@code reference-docx}, and every other part an image named by the relative path
 * the document uses for it.
 */
final class MultipartUpload {
    private MultipartUpload() {
    }

    static Upload of(MultiPartFormData.Parts parts, ExportParams params) throws Refusal {
        byte[] document = null;
        String partName = null;
        String partType = null;
        byte[] reference = null;
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (MultiPart.Part p : parts) {
            byte[] bytes = bytes(p);
            String name = p.getName() == null ? "" : p.getName();
            switch (name) {
                case "document" -> {
                    document = bytes;
                    partName = p.getFileName();
                    partType = p.getHeaders().get(HttpHeader.CONTENT_TYPE);
                }
                case "reference-docx" -> reference = bytes;
                default -> {
                    if (resources.put(name, bytes) != null) {
                        throw new Refusal(400, "BAD_REQUEST", "part '" + name + "' is sent twice");
                    }
                }
            }
        }
        if (document == null) {
            throw new Refusal(400, "BAD_REQUEST", "a multipart request needs a part named 'document'");
        }
        String fileName;
        try {
            fileName = params.name().orElse(partName == null || partName.isBlank() ? null : ExportParams.fileName(partName));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "BAD_REQUEST", e.getMessage());
        }
        String ct = partType;
        String fn = fileName;
        InputFormat type = params.type().or(() -> fn == null ? Optional.empty() : InputFormat.forFileName(fn))
                .or(() -> ExportParams.forMediaType(ct)).orElseThrow(MultipartUpload::unknownType);
        return new Upload(document, fileName == null ? Upload.defaultName(type) : fileName, type, resources, reference);
    }

    /** The refusal for a body nothing says how to read. */
    static Refusal unknownType() {
        return new Refusal(415, "UNSUPPORTED_TYPE",
                "say how to read the body: ?type=md or ?type=txt, a name such as ?name=article.md, "
                        + "or Content-Type text/markdown or text/plain");
    }

    private static byte[] bytes(MultiPart.Part p) throws Refusal {
        try {
            ByteBuffer b = Content.Source.asByteBuffer(p.getContentSource());
            byte[] a = new byte[b.remaining()];
            b.get(a);
            return a;
        } catch (IOException e) {
            throw new Refusal(400, "BAD_REQUEST", "cannot read part '" + p.getName() + "': " + e.getMessage());
        }
    }
}
