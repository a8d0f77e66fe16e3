package imprint.render.pdf;

import imprint.diag.Code;
import imprint.model.Document;
import imprint.model.ModelPrinter;
import imprint.render.OutputFormat;
import imprint.render.RenderContext;
import imprint.render.RenderOptions;
import imprint.render.Renderer;
import imprint.render.pdf.draw.PdfWriter;
import imprint.render.pdf.layout.BlockLayouter;
import imprint.render.pdf.layout.Glyphs;
import imprint.render.pdf.layout.Hyphenator;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.PageGeometry;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Paginator;
import imprint.render.pdf.layout.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The print PDF: our own layout (Knuth–Plass justification with hyphenation in the document's
 * language, widow/orphan control, headings kept with their text) drawn with PDFBox as a tagged
 * PDF/A-2u and PDF/UA-1 file with bookmarks, links and embedded, subset fonts. Layout, page
 * filling and drawing run as one stream, a top-level block at a time, so memory does not grow
 * with the length of the document.
 */
public final class PdfRenderer implements Renderer {
    private final PdfWriter writer = new PdfWriter();
    private final boolean pipelineAllowed;

    public PdfRenderer() {
        this(true);
    }

    /** @param pipelineAllowed whether long documents may be laid out on a second thread */
    PdfRenderer(boolean pipelineAllowed) {
        this.pipelineAllowed = pipelineAllowed;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.PDF;
    }

    /** Fonts and PDFBox's start-up; see {@link PdfWriter#warmUp()}. */
    @Override
    public void warmUp() {
        try {
            PdfWriter.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // The real export reports any problem.
        }
    }

    @Override
    public void render(Document doc, RenderContext ctx, OutputStream out) throws IOException {
        String lang = doc.metadata().languageOrDefault();
        String title = ctx.title(doc.metadata());
        PageGeometry page = PageGeometry.forPaper(ctx.options().paper().width(), ctx.options().paper().height(),
                ctx.options().duplex());
        Hyphenator hyphenator = Hyphenator.forLanguage(lang);
        Map<String, Integer> toc = null;
        if (ctx.options().toc() == RenderOptions.Toc.ON) {
            // A first pass finds the page numbers; the contents keep their size in the second.
            Map<String, Integer> numbers = new HashMap<>();
            layout(doc, ctx, page, hyphenator, new Tag("Document"), title, Map.of(), false, p -> {
                for (Op op : p.ops()) {
                    if (op instanceof Op.Dest d && d.id() != null) {
                        numbers.putIfAbsent(d.id(), p.number());
                    }
                }
            });
            toc = numbers;
        }
        Map<String, Integer> tocPages = toc;
        Tag root = new Tag("Document");
        byte[] digest = (ModelPrinter.print(doc) + "|" + ctx.options()).getBytes(StandardCharsets.UTF_8);
        writer.write(sink -> layout(doc, ctx, page, hyphenator, root, title, tocPages, true, sink),
                root, doc.metadata(), title, lang, ctx.options().timestamp(), digest, out);
    }

    /** Lays out, paginates and hands each finished page to {@code sink}, in order. */
    private void layout(Document doc, RenderContext ctx, PageGeometry page, Hyphenator hyphenator, Tag root,
                        String title, Map<String, Integer> toc, boolean report, PdfWriter.PageSink sink)
            throws IOException {
        Glyphs glyphs = new Glyphs(writer.fonts());
        BlockLayouter layouter = new BlockLayouter(glyphs, page, hyphenator, !ctx.options().raggedRight(), doc,
                ctx.resources(), ctx.diagnostics(), root);
        Paginator paginator = new Paginator(page, title, glyphs);
        BlockLayouter.Sink pages = (boxes, notes) -> {
            paginator.add(boxes, notes);
            drain(paginator, sink);
        };
        try {
            if (pipelineAllowed && LayoutPipeline.worthIt(doc.blocks().size())) {
                LayoutPipeline.run(s -> layouter.layout(doc, title, toc, s), pages);
            } else {
                layouter.layout(doc, title, toc, pages);
            }
            paginator.finish();
            drain(paginator, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (report && !glyphs.missing().isEmpty()) {
            warnMissing(ctx, glyphs);
        }
    }

    private static void drain(Paginator paginator, PdfWriter.PageSink sink) {
        for (PageLayout p : paginator.drain()) {
            try {
                sink.page(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void warnMissing(RenderContext ctx, Glyphs glyphs) {
        ctx.diagnostics().warn(Code.GLYPH_MISSING, "no bundled font shows "
                + glyphs.missing().stream().limit(20).map(cp -> String.format("U+%04X", cp))
                .collect(Collectors.joining(", ")) + (glyphs.missing().size() > 20 ? ", …" : "")
                + "; shown as a replacement mark in the PDF");
    }
}
