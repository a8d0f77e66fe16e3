package imprint.render.pdf;

import imprint.diag.Code;
import imprint.plan.DocumentPlan;
import imprint.plan.PageNumbers;
import imprint.plan.PrintSetup;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import imprint.render.pdf.draw.PdfWriter;
import imprint.render.pdf.draw.PrintBoxes;
import imprint.render.pdf.layout.BlockLayouter;
import imprint.render.pdf.layout.Glyphs;
import imprint.render.pdf.layout.Hyphenator;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.PageGeometry;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Paginator;
import imprint.render.pdf.layout.Structure;
import imprint.render.pdf.layout.book.BookPagination;
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
        PrintSetup print = plan.options().print();
        Hyphenator hyphenator = HyphenationPatterns.forLanguage(plan.language());
        Map<String, Integer> toc = null;
        PageGeometry page;
        if (print != null) {
            // The inside margin depends on the page count: found by dry passes (see printPass).
            DryPass dry = printPass(plan, hyphenator);
            page = dry.page();
            toc = plan.options().toc() == RenderOptions.Toc.ON ? dry.numbers().asMap() : null;
        } else {
            page = PrintGeometry.screen(plan.options());
            if (plan.options().toc() == RenderOptions.Toc.ON) {
                // The pages from a first pass, shared with other formats through the plan when it can ask us.
                toc = (plan.hasPagination() ? plan.pageNumbers() : pageNumbers(plan)).asMap();
            }
        }
        if (toc != null && plan.book()) {
            // A book's contents give the folios, which count from the first chapter.
            int front = frontPages(plan, toc);
            Map<String, Integer> folios = new HashMap<>();
            toc.forEach((id, n) -> folios.put(id, n - front));
            toc = folios;
        }
        Map<String, Integer> tocPages = toc;
        Structure structure = new Structure();
        Map<String, Integer> seen = new HashMap<>();
        int[] last = {0};
        PageStarts starts = new PageStarts();
        try (PdfWriter.Document pdf = print == null ? writer.open()
                : writer.open(new PrintBoxes(print.profile().bleedIn() * 72, print.gray()))) {
            layout(plan, page, hyphenator, structure, tocPages, true, p -> {
                headingPages(p, seen);
                starts.page(p);
                last[0] = p.number();
                pdf.page(p);
            });
            if (print != null && PrintGeometry.printedPages(print, last[0]) > last[0]) {
                // A book is printed in leaves: an odd count ends with a blank page, without furniture.
                last[0]++;
                pdf.page(new PageLayout(last[0], page.width(), page.height(), java.util.List.of()));
            }
            if (plan.book()) {
                pdf.pageLabels(frontPages(plan, seen));
            }
            pdf.save(structure.elements(), plan.metadata(), plan.title(), plan.language(), plan.timestamp(),
                    plan.identity().fileId(), out);
        }
        // The pages as printed, for a format rendered after this one that lists them (once per document).
        plan.offerPageNumbers(PageNumbers.of(seen, last[0], starts.starts(plan.book() ? frontPages(plan, seen) : 0)));
    }

    /** A book's front matter: the pages before its first chapter's. */
    private static int frontPages(DocumentPlan plan, Map<String, Integer> headingPages) {
        for (imprint.plan.Outline.Entry e : plan.outline().entries()) {
            if (e.level() == 1 && headingPages.containsKey(e.id())) {
                return headingPages.get(e.id()) - 1;
            }
        }
        return 0;
    }

    /** A layout pass that drew nothing: the geometry it used and the pages it found. */
    private record DryPass(PageGeometry page, PageNumbers numbers) {
    }

    /**
     * The print geometry and pages: laid out with the inside margin for the fewest pages, then
     * again with the margin the page count calls for, until the margin no longer grows (a
     * wider gutter only adds pages, so this ends; at most one pass per band of the table).
     */
    private DryPass printPass(DocumentPlan plan, Hyphenator hyphenator) throws IOException {
        PrintSetup print = plan.options().print();
        Map<String, Integer> toc = plan.options().toc() == RenderOptions.Toc.ON ? Map.of() : null;
        PageGeometry g = PrintGeometry.forPages(plan.options(), print, 1);
        while (true) {
            Map<String, Integer> numbers = new HashMap<>();
            int[] n = {0};
            PageStarts starts = new PageStarts();
            layout(plan, g, hyphenator, new Structure(), toc, false, p -> {
                headingPages(p, numbers);
                starts.page(p);
                n[0] = p.number();
            });
            int printed = PrintGeometry.printedPages(print, n[0]);
            PageGeometry next = PrintGeometry.forPages(plan.options(), print, printed);
            if (next.inner() <= g.inner()) {
                return new DryPass(g, PageNumbers.of(numbers, printed, starts.starts(plan.book() ? frontPages(plan, numbers) : 0)));
            }
            g = next;
        }
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
        try {
            if (plan.options().print() != null) {
                return printPass(plan, HyphenationPatterns.forLanguage(plan.language())).numbers();
            }
            PageGeometry page = PrintGeometry.screen(plan.options());
            Map<String, Integer> numbers = new HashMap<>();
            int[] n = {0};
            PageStarts starts = new PageStarts();
            Map<String, Integer> toc = plan.options().toc() == RenderOptions.Toc.ON ? Map.of() : null;
            layout(plan, page, HyphenationPatterns.forLanguage(plan.language()), new Structure(), toc, false, p -> {
                headingPages(p, numbers);
                starts.page(p);
                n[0] = p.number();
            });
            return PageNumbers.of(numbers, n[0], starts.starts(plan.book() ? frontPages(plan, numbers) : 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out, paginates and hands each finished page to {@code sink}, in order. */
    private void layout(DocumentPlan plan, PageGeometry page, Hyphenator hyphenator, Structure structure,
                        Map<String, Integer> toc, boolean report, PageSink sink)
            throws IOException {
        writer.fonts().userFonts(plan.options().fontDirs());
        Glyphs glyphs = new Glyphs(writer.fonts(), plan.language());
        BlockLayouter layouter = new BlockLayouter(glyphs, page, hyphenator, !plan.options().raggedRight(), plan, structure);
        layouter.hyphenation().loader(HyphenationPatterns::forLanguage); // a passage hyphenates in its language
        Paginator paginator = new Paginator(page, plan.title(), glyphs);
        if (plan.book()) {
            paginator.asBook(new BookPagination(page.duplex()));
        }
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
