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
import imprint.render.pdf.layout.VBox;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The print PDF: our own layout (Knuth–Plass justification with hyphenation in the document's
 * language, widow/orphan control, headings kept with their text) drawn with PDFBox as a tagged
 * PDF/A-2u and PDF/UA-1 file with bookmarks, links and embedded, subset fonts.
 */
public final class PdfRenderer implements Renderer {
    private final PdfWriter writer = new PdfWriter();

    private static List<PageLayout> layout(Document doc, RenderContext ctx, PageGeometry page, Glyphs glyphs,
                                           Hyphenator hyphenator, Tag root, String title, Map<String, Integer> toc) {
        BlockLayouter layouter = new BlockLayouter(glyphs, page, hyphenator, !ctx.options().raggedRight(), doc,
                ctx.resources(), ctx.diagnostics(), root);
        List<VBox> boxes = layouter.layout(doc, title, toc);
        List<PageLayout> pages = new Paginator(page, title, glyphs, layouter.footnotes()).paginate(boxes);
        if (!glyphs.missing().isEmpty()) {
            ctx.diagnostics().warn(Code.GLYPH_MISSING, "no bundled font shows "
                    + glyphs.missing().stream().limit(20).map(cp -> String.format("U+%04X", cp))
                    .collect(Collectors.joining(", ")) + (glyphs.missing().size() > 20 ? ", …" : "")
                    + "; shown as a replacement mark in the PDF");
        }
        return pages;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.PDF;
    }

    @Override
    public void render(Document doc, RenderContext ctx, OutputStream out) throws IOException {
        String lang = doc.metadata().languageOrDefault();
        String title = ctx.title(doc.metadata());
        PageGeometry page = PageGeometry.forPaper(ctx.options().paper().width(), ctx.options().paper().height(),
                ctx.options().duplex());
        Glyphs glyphs = new Glyphs(writer.fonts());
        Tag root = new Tag("Document");
        Hyphenator hyphenator = Hyphenator.forLanguage(lang);
        boolean toc = ctx.options().toc() == RenderOptions.Toc.ON;
        List<PageLayout> pages = layout(doc, ctx, page, glyphs, hyphenator, root, title, toc ? Map.of() : null);
        if (toc) {
            // Second pass with the page numbers the first pass found; the contents keep their size.
            Map<String, Integer> numbers = new HashMap<>();
            for (PageLayout p : pages) {
                for (Op op : p.ops()) {
                    if (op instanceof Op.Dest d && d.id() != null) {
                        numbers.putIfAbsent(d.id(), p.number());
                    }
                }
            }
            root = new Tag("Document");
            pages = layout(doc, ctx, page, new Glyphs(writer.fonts()), hyphenator, root, title, numbers);
        }
        byte[] digest = (ModelPrinter.print(doc) + "|" + ctx.options()).getBytes(StandardCharsets.UTF_8);
        writer.write(pages, root, doc.metadata(), title, lang, ctx.options().timestamp(), digest, out);
    }
}
