package imprint.render.pdf;

import imprint.diag.Code;
import imprint.plan.DocumentPlan;
import imprint.plan.PageNumbers;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import imprint.render.pdf.draw.PdfWriter;
import imprint.render.pdf.layout.BlockLayouter;
import imprint.render.pdf.layout.Glyphs;
import imprint.render.pdf.layout.Hyphenator;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.PageGeometry;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Paginator;
import imprint.render.pdf.layout.Structure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        PageGeometry page = PageGeometry.forPaper(plan.options().paper().width(), plan.options().paper().height(),
                plan.options().duplex());
        Hyphenator hyphenator = HyphenationPatterns.forLanguage(plan.language());
        Map<String, Integer> toc = null;
        if (plan.options().toc() == RenderOptions.Toc.ON) {
            // The pages from a first pass, shared with other formats through the plan when it can ask us.
            toc = (plan.hasPagination() ? plan.pageNumbers() : pageNumbers(plan)).asMap();
        }
        Map<String, Integer> tocPages = toc;
        Structure structure = new Structure();
        Map<String, Integer> seen = new HashMap<>();
        try (PdfWriter.Document pdf = writer.open()) {
            layout(plan, page, hyphenator, structure, tocPages, true, p -> {
                headingPages(p, seen);
                pdf.page(p);
            });
            pdf.save(structure.elements(), plan.metadata(), plan.title(), plan.language(), plan.timestamp(),
                    plan.identity().fileId(), out);
        }
        // The pages as printed, for a format rendered after this one that lists them (once per document).
        plan.offerPageNumbers(PageNumbers.of(seen));
    }

    /** Receives pages in order as layout finishes them. */
    @FunctionalInterface
    private interface PageSink {
        void page(PageLayout page) throws IOException;
    }

    private static void headingPages(PageLayout p, Map<String, Integer> numbers) {
        for (Op op : p.ops()) {
            if (op instanceof Op.Dest d && d.id() != null) {
                numbers.putIfAbsent(d.id(), p.number());
            }
        }
    }

    /**
     * The page each heading starts on in this PDF, by a layout pass that draws nothing (the
     * contents, when there are any, keep their size in the real pass, so the numbers hold).
     */
    public PageNumbers pageNumbers(DocumentPlan plan) {
        PageGeometry page = PageGeometry.forPaper(plan.options().paper().width(), plan.options().paper().height(),
                plan.options().duplex());
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> toc = plan.options().toc() == RenderOptions.Toc.ON ? Map.of() : null;
        try {
            layout(plan, page, HyphenationPatterns.forLanguage(plan.language()), new Structure(), toc, false,
                    p -> headingPages(p, numbers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PageNumbers.of(numbers);
    }

    /** Lays out, paginates and hands each finished page to {@code sink}, in order. */
    private void layout(DocumentPlan plan, PageGeometry page, Hyphenator hyphenator, Structure structure,
                        Map<String, Integer> toc, boolean report, PageSink sink)
            throws IOException {
        writer.fonts().userFonts(plan.options().fontDirs());
        Glyphs glyphs = new Glyphs(writer.fonts(), plan.language());
        BlockLayouter layouter = new BlockLayouter(glyphs, page, hyphenator, !plan.options().raggedRight(), plan, structure);
        Paginator paginator = new Paginator(page, plan.title(), glyphs);
        imprint.render.pdf.layout.BoxSink pages = (boxes, notes) -> {
            paginator.add(boxes, notes);
            drain(paginator, sink);
        };
        try {
            if (pipelineAllowed && LayoutPipeline.worthIt(plan.blocks().size())) {
                LayoutPipeline.run(s -> layouter.layout(toc, s), pages);
            } else {
                layouter.layout(toc, pages);
            }
            paginator.finish();
            drain(paginator, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (report && !glyphs.missing().isEmpty()) {
            warnMissing(plan, glyphs);
        }
    }

    private static void drain(Paginator paginator, PageSink sink) {
        for (PageLayout p : paginator.drain()) {
            try {
                sink.page(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void warnMissing(DocumentPlan plan, Glyphs glyphs) {
        plan.diagnostics().warn(Code.GLYPH_MISSING, "no bundled font shows "
                + glyphs.missing().stream().limit(20).map(cp -> String.format("U+%04X", cp))
                .collect(Collectors.joining(", ")) + (glyphs.missing().size() > 20 ? ", …" : "")
                + "; shown as a replacement mark in the PDF");
    }
}
