package imprint.render.epub;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Footnotes;
import imprint.model.Inlines;
import imprint.model.Metadata;
import imprint.model.ModelPrinter;
import imprint.render.OutputFormat;
import imprint.render.RenderContext;
import imprint.render.Renderer;
import imprint.render.Resource;
import io.documentnode.epub4j.domain.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an EPUB 3 (package version 3.0) with a cover, a title page, a navigation document and
 * an NCX, one XHTML file per section, pop-up footnotes and accessibility metadata.
 *
 * <p>epub4j-core is our EPUB library, but its writer produces EPUB 2 only, uses random ids and
 * the wall clock and logs write errors instead of throwing them. So the package documents and
 * the zip are written here ({@link PackageDocuments}, {@link EpubZip}); epub4j supplies the
 * media types and, in the tests, reads every EPUB back.
 */
public final class EpubRenderer implements Renderer {
    private static final byte[] STYLESHEET = loadStylesheet();

    @Override
    public OutputFormat format() {
        return OutputFormat.EPUB;
    }

    @Override
    public void render(Document doc, RenderContext ctx, OutputStream out) throws IOException {
        Metadata m = doc.metadata();
        String lang = m.languageOrDefault();
        String title = ctx.title(m);
        String identifier = PackageDocuments.identifier(m, ModelPrinter.print(doc).getBytes(StandardCharsets.UTF_8));
        Chapters chapters = new Chapters(doc, ctx.options().epubSplitLevel(), title);
        Footnotes notes = Footnotes.of(doc);
        ImageStore images = new ImageStore(ctx.resources(), ctx.diagnostics());

        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        List<PackageDocuments.Item> items = new ArrayList<>();

        // Cover: the document's own image, or a typographic one.
        byte[] coverBytes;
        String coverExt;
        Optional<Resource> own = m.coverImage().isBlank() ? Optional.empty()
                : ctx.resources().image(m.coverImage(), ctx.diagnostics());
        if (own.isPresent()) {
            coverBytes = own.get().bytes();
            coverExt = own.get().extension();
        } else {
            coverBytes = CoverPainter.paint(title, m.authors());
            coverExt = "png";
        }
        String coverHref = "images/cover." + coverExt;
        String coverType = coverExt.equals("png") ? MediaTypes.PNG.getName() : MediaTypes.JPG.getName();
        items.add(new PackageDocuments.Item("cover-image", coverHref, coverType, "cover-image", false));
        files.put(coverHref, coverBytes);
        files.put("cover.xhtml", PackageDocuments.utf8(TitlePages.cover(lang, title, coverHref)));
        items.add(new PackageDocuments.Item("cover", "cover.xhtml", MediaTypes.XHTML.getName(), null, true));
        files.put("title.xhtml", PackageDocuments.utf8(TitlePages.title(lang, m, title)));
        items.add(new PackageDocuments.Item("titlepage", "title.xhtml", MediaTypes.XHTML.getName(), null, true));
        items.add(new PackageDocuments.Item("nav", "nav.xhtml", MediaTypes.XHTML.getName(), "nav", true));

        List<PackageDocuments.NavPoint> points = new ArrayList<>();
        Map<String, Integer> refCounts = new HashMap<>();
        for (Chapters.Chapter ch : chapters.chapters) {
            XhtmlWriter w = new XhtmlWriter();
            PackageDocuments.head(w, lang, ch.title());
            w.open("body").newline().open("section", "id", "body-" + ch.file().replace(".xhtml", ""),
                    "epub:type", "bodymatter chapter", "role", "doc-chapter", "aria-label", ch.title());
            XhtmlContent content = new XhtmlContent(w, ch.file(), chapters, notes, images, refCounts);
            content.blocks(ch.blocks());
            content.footnotes();
            w.newline().close("section").newline().close("body").newline().close("html").newline();
            files.put(ch.file(), PackageDocuments.utf8(w.toString()));
            String id = ch.file().replace(".xhtml", "");
            items.add(new PackageDocuments.Item(id, ch.file(), MediaTypes.XHTML.getName(), null, true));
            boolean headed = false;
            for (Block b : ch.blocks()) {
                if (b instanceof Block.Heading h && h.level() <= 3) {
                    String text = Inlines.plainText(h.content()).strip();
                    points.add(new PackageDocuments.NavPoint(text.isEmpty() ? ch.title() : text,
                            ch.file() + "#" + h.id(), h.level()));
                    headed = true;
                }
            }
            if (!headed) {
                points.add(new PackageDocuments.NavPoint(ch.title(), ch.file(), 1));
            }
        }
        // Headings before their chapter's first heading keep document order in the toc.
        files.put("nav.xhtml", PackageDocuments.utf8(PackageDocuments.nav(title, lang, points, "cover.xhtml",
                chapters.chapters.get(0).file())));
        files.put("toc.ncx", PackageDocuments.utf8(PackageDocuments.ncx(identifier, title, points)));
        items.add(new PackageDocuments.Item("ncx", "toc.ncx", MediaTypes.NCX.getName(), null, false));
        files.put("style.css", STYLESHEET);
        items.add(new PackageDocuments.Item("css", "style.css", MediaTypes.CSS.getName(), null, false));
        int n = 0;
        for (ImageStore.Stored s : images.all()) {
            files.put(s.href(), s.resource().bytes());
            items.add(new PackageDocuments.Item("image-" + (++n), s.href(), s.resource().mediaType(), null, false));
        }
        String opf = PackageDocuments.opf(m, title, identifier, lang, ctx.options().timestamp(), items,
                "cover-image", true);

        try (EpubZip zip = new EpubZip(out, ctx.options().timestamp())) {
            zip.add("META-INF/container.xml", PackageDocuments.container());
            zip.add("EPUB/package.opf", opf);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.add("EPUB/" + f.getKey(), f.getValue());
            }
        }
    }

    /** Java2D and the cover fonts take longer to start than the rest of an article's EPUB. */
    @Override
    public void warmUp() {
        CoverPainter.warmUp();
    }

    private static byte[] loadStylesheet() {
        try (InputStream in = EpubRenderer.class.getResourceAsStream("/imprint/epub/style.css")) {
            if (in == null) {
                throw new IllegalStateException("EPUB stylesheet missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
