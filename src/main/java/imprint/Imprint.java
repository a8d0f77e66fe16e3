package imprint;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.model.Document;
import imprint.read.InputFormat;
import imprint.read.TextDecoder;
import imprint.render.OutputFormat;
import imprint.plan.DocumentPlan;
import imprint.plan.PageNumbers;
import imprint.plan.RenderContext;
import imprint.render.Renderer;
import imprint.render.pdf.PdfRenderer;
import imprint.transform.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The public API: read a document, render it to a format. The command line uses nothing else,
 * so programs that embed imprint get the same behaviour.
 *
 * <pre>{@code
 * Diagnostics diags = new Diagnostics();
 * Document doc = Imprint.read(Path.of("article.md"), diags);
 * try (OutputStream out = Files.newOutputStream(Path.of("article.pdf"))) {
 *     Imprint.render(doc, OutputFormat.PDF, RenderContext.defaults("article.md"), out);
 * }
 * }</pre>
 */
public final class Imprint {
    /** Inputs larger than this are refused: they cannot be a document a person wrote. */
    public static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private static final Map<OutputFormat, Renderer> RENDERERS = new EnumMap<>(OutputFormat.class);

    private Imprint() {
    }

    /**
     * Reads a {@code .txt}, {@code .md} or {@code .markdown} file, or a NITF, ninjs or HTML file
     * (recognised by its content, see {@link InputFormat#detect}): decodes it, parses it and
     * applies the standard transforms (identifiers, smart typography).
     *
     * @throws ImprintException when the file cannot be read, decoded or is empty
     */
    public static Document read(Path file, Diagnostics diagnostics) throws ImprintException {
        if (Files.isDirectory(file)) {
            throw new ImprintException(Code.INPUT_NOT_A_FILE, "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe or device would block or never end: refuse it rather than hang.
            throw new ImprintException(Code.INPUT_NOT_A_FILE, "is not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new ImprintException(Code.INPUT_UNREADABLE,
                        "is " + size / (1024 * 1024) + " MB; the limit is " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImprintException(Code.INPUT_UNREADABLE, "no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ImprintException(Code.INPUT_UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new ImprintException(Code.INPUT_UNREADABLE, "cannot be read: " + e.getMessage(), e);
        }
        InputFormat.Detection detected = InputFormat.detect(file.getFileName().toString(),
                bytes.length <= InputFormat.SNIFF_BYTES ? bytes : java.util.Arrays.copyOf(bytes, InputFormat.SNIFF_BYTES));
        InputFormat format = detected.format()
                .orElseThrow(() -> new ImprintException(Code.INPUT_UNSUPPORTED, detected.problem()));
        return read(bytes, format, diagnostics);
    }

    /**
     * Decodes and parses the bytes of a document, exactly as {@link #read(Path, Diagnostics)}
     * does after reading a file (the export service uses this for request bodies).
     *
     * @throws ImprintException when the bytes cannot be decoded or hold no content
     */
    public static Document read(byte[] bytes, InputFormat format, Diagnostics diagnostics) throws ImprintException {
        String text = format.structured() ? TextDecoder.decodeDeclared(bytes, diagnostics)
                : TextDecoder.decodeReporting(bytes, diagnostics);
        return read(text, format, diagnostics);
    }

    /**
     * Parses already decoded text and applies the standard transforms.
     *
     * @throws ImprintException when the text holds no content at all, or a structured format
     *                          cannot be read (not well-formed, unsafe, beyond limits)
     */
    public static Document read(String text, InputFormat format, Diagnostics diagnostics) throws ImprintException {
        if (text.isBlank()) {
            throw new ImprintException(Code.INPUT_EMPTY, "the document is empty");
        }
        Document doc = format.reader().parse(text, diagnostics);
        if (doc.blocks().isEmpty() && doc.metadata().title().isBlank()) {
            throw new ImprintException(Code.INPUT_EMPTY, "the document has no content");
        }
        return Pipeline.standard(doc);
    }

    /** The shared renderer for a format; renderers are thread-safe and created on first use. */
    public static Renderer renderer(OutputFormat format) {
        synchronized (RENDERERS) {
            return RENDERERS.computeIfAbsent(format, OutputFormat::newRenderer);
        }
    }

    /**
     * Plans a document for rendering: works out once what every format needs (outline, notes,
     * links, images, timestamp, identity). Plan once, then render each format from the plan.
     * Formats that list page numbers without paginating (the DOCX contents) get them from the
     * PDF's layout, worked out only if one asks and then only once.
     */
    public static DocumentPlan plan(Document doc, RenderContext context) {
        return DocumentPlan.of(doc, context, Imprint::printPages);
    }

    private static PageNumbers printPages(DocumentPlan plan) {
        return ((PdfRenderer) renderer(OutputFormat.PDF)).pageNumbers(plan);
    }

    /** Renders a planned document as {@code format} into {@code out}; the caller closes the stream. */
    public static void render(DocumentPlan plan, OutputFormat format, OutputStream out) throws IOException {
        renderer(format).render(plan, out);
    }

    /** Plans and renders {@code doc} as {@code format} into {@code out}; the caller closes the stream. */
    public static void render(Document doc, OutputFormat format, RenderContext context, OutputStream out)
            throws IOException {
        render(plan(doc, context), format, out);
    }

    /** The library's version, as the build wrote it ("unknown" outside a build). */
    public static String version() {
        try (java.io.InputStream in = Imprint.class.getResourceAsStream("/imprint/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
