package imprint.render.epub;

import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.plan.Outline;
import imprint.plan.PlannedImage;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import imprint.render.xhtml.BodyWriter;
import imprint.render.xhtml.Dialect;
import imprint.render.xhtml.PageBreaks;
import imprint.render.xhtml.Placement;
import imprint.render.xhtml.XhtmlWriter;
import imprint.render.cover.CoverPainter;
import imprint.resource.ImageScaler;
import io.documentnode.epub4j.domain.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
    /** Heading levels listed in the navigation document and the NCX. */
    private static final int NAV_DEPTH = 3;

    @Override
    public OutputFormat format() {
        return OutputFormat.EPUB;
    }

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        Metadata m = plan.metadata();
        String lang = plan.language();
        String title = plan.title();
        String identifier = plan.identifier();
        Chapters chapters = new Chapters(plan, plan.options().epubSplitLevel());
        ImageStore images = new ImageStore(plan);

        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        List<PackageDocuments.Item> items = new ArrayList<>();

        // Cover: the document's own image, or a typographic one.
        byte[] coverBytes;
        String coverExt;
        Optional<PlannedImage> own = plan.cover();
        if (own.isPresent()) {
            coverBytes = ImageScaler.within(own.get().resource(), ImageScaler.EPUB_MAX_PIXELS).bytes();
            coverExt = own.get().resource().extension();
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
        PageBreaks breaks = PageList.of(plan);
        List<PackageDocuments.Landmark> landmarks = new ArrayList<>(List.of(
                new PackageDocuments.Landmark("cover", "Cover", "cover.xhtml")));
        // The title page; a book's copyright page, dedication and epigraph after it, as in print.
        BookFiles.front(plan, breaks, files, items, landmarks);
        items.add(new PackageDocuments.Item("nav", "nav.xhtml", MediaTypes.XHTML.getName(), "nav", true));

        Map<String, Integer> refCounts = new HashMap<>();
        for (Chapters.Chapter ch : chapters.chapters) {
            boolean last = ch == chapters.chapters.get(chapters.chapters.size() - 1) && !BookFiles.hasAbout(plan);
            files.put(ch.file(), PackageDocuments.utf8(chapter(plan, chapters, ch, images, refCounts, breaks, last)));
            String id = ch.file().replace(".xhtml", "");
            items.add(new PackageDocuments.Item(id, ch.file(), MediaTypes.XHTML.getName(), null, true));
        }
        List<PackageDocuments.NavPoint> points = navPoints(plan, chapters);
        if (EpubEndnotes.on(plan)) {
            files.put(EpubEndnotes.FILE, PackageDocuments.utf8(EpubEndnotes.file(plan, chapters, images, refCounts)));
            items.add(new PackageDocuments.Item("notes", EpubEndnotes.FILE, MediaTypes.XHTML.getName(), null, true));
            points.add(new PackageDocuments.NavPoint(EpubEndnotes.TITLE, EpubEndnotes.FILE, 1));
        }
        landmarks.add(new PackageDocuments.Landmark("bodymatter", "Start of content", chapters.chapters.get(0).file()));
        if (BookFiles.hasAbout(plan)) {
            files.put(BookFiles.ABOUT_FILE, PackageDocuments.utf8(BookFiles.about(plan, breaks)));
            items.add(new PackageDocuments.Item("about-the-author", BookFiles.ABOUT_FILE, MediaTypes.XHTML.getName(), null, true));
            points.add(new PackageDocuments.NavPoint(BookFiles.ABOUT_TITLE, BookFiles.ABOUT_FILE + "#" + BookFiles.ABOUT_ID, 1));
            landmarks.add(new PackageDocuments.Landmark("backmatter", BookFiles.ABOUT_TITLE, BookFiles.ABOUT_FILE));
        }
        files.put("nav.xhtml", PackageDocuments.utf8(PackageDocuments.nav(title, lang, points, landmarks,
                breaks == null ? List.of() : breaks.written())));
        files.put("toc.ncx", PackageDocuments.utf8(PackageDocuments.ncx(identifier, title, points, breaks == null ? List.of() : breaks.written())));
        items.add(new PackageDocuments.Item("ncx", "toc.ncx", MediaTypes.NCX.getName(), null, false));
        EpubFonts fonts = new EpubFonts(plan);
        byte[] faces = fonts.css();
        byte[] css = java.util.Arrays.copyOf(STYLESHEET, STYLESHEET.length + faces.length);
        System.arraycopy(faces, 0, css, STYLESHEET.length, faces.length);
        files.put("style.css", css);
        items.add(new PackageDocuments.Item("css", "style.css", MediaTypes.CSS.getName(), null, false));
        int face = 0;
        for (EpubFonts.Embedded e : fonts.files) {
            files.put(e.href(), e.bytes());
            items.add(new PackageDocuments.Item("font-" + (++face), e.href(), "font/ttf", null, false));
        }
        int n = 0;
        for (ImageStore.Stored s : images.all()) {
            files.put(s.href(), s.resource().bytes());
            items.add(new PackageDocuments.Item("image-" + (++n), s.href(), s.resource().mediaType(), null, false));
        }
        String opf = PackageDocuments.opf(m, title, identifier, lang, plan.timestamp(), items,
                "cover-image", true, breaks == null ? null : PageList.source(plan));

        try (EpubZip zip = new EpubZip(out, plan.timestamp())) {
            zip.add("META-INF/container.xml", PackageDocuments.container());
            zip.add("EPUB/package.opf", opf);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.add("EPUB/" + f.getKey(), f.getValue());
            }
        }
    }

    /** One chapter file: its blocks, then the notes that belong to them as pop-up footnotes. */
    private static String chapter(DocumentPlan plan, Chapters chapters, Chapters.Chapter ch, ImageStore images,
                                  Map<String, Integer> refCounts, PageBreaks breaks, boolean last) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, plan.language(), ch.title());
        w.open("body").newline().open("section", "id", "body-" + ch.file().replace(".xhtml", ""),
                "epub:type", "bodymatter chapter", "role", "doc-chapter", "aria-label", ch.title());
        Placement placement = new Placement() {
            @Override
            public String internalHref(LinkTarget t) {
                String f = chapters.fileOf(t.block());
                return f.equals(ch.file()) ? "#" + t.id() : f + "#" + t.id();
            }

            @Override
            public String noteHref(Notes.Note note) {
                String f = EpubEndnotes.on(plan) ? EpubEndnotes.FILE : chapters.fileOf(note.block());
                return (f.equals(ch.file()) ? "" : f) + "#fn-" + note.number();
            }

            @Override
            public String imageSrc(String source) {
                return images.href(source);
            }
        };
        BodyWriter body = new BodyWriter(w, Dialect.EPUB, plan, placement, refCounts);
        if (breaks == null) {
            body.blocks(ch.blocks());
        } else {
            // Block by block, so that the print edition's page breaks fall at the right words.
            breaks.attach(w, ch.file());
            for (int b = ch.first(); b < ch.end(); b++) {
                if (!(plan.blocks().get(b) instanceof imprint.model.Block.FootnoteDefinition)) {
                    breaks.block(b);
                    body.blocks(List.of(plan.blocks().get(b)));
                }
            }
            if (last) {
                breaks.rest();
            }
            breaks.pause();
        }
        for (int b = ch.first(); b < ch.end() && !EpubEndnotes.on(plan); b++) {
            for (Notes.Note note : plan.notes().belongingTo(b)) {
                w.newline().open("aside", "epub:type", "footnote", "role", "doc-footnote", "id", "fn-" + note.number(),
                        "class", "footnote");
                body.noteText(note);
                w.close("aside");
            }
        }
        w.newline().close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }

    /**
     * The navigation: headings of levels 1 to 3 from the plan's outline, in the file that holds
     * them; a chapter without such a heading is listed by its title.
     */
    private static List<PackageDocuments.NavPoint> navPoints(DocumentPlan plan, Chapters chapters) {
        List<PackageDocuments.NavPoint> points = new ArrayList<>();
        List<Outline.Entry> outline = plan.outline().entries();
        int k = 0;
        for (Chapters.Chapter ch : chapters.chapters) {
            boolean headed = false;
            for (; k < outline.size() && outline.get(k).block() < ch.end(); k++) {
                Outline.Entry e = outline.get(k);
                if (e.level() <= NAV_DEPTH && !e.id().isEmpty()) {
                    points.add(new PackageDocuments.NavPoint(e.text().isEmpty() ? ch.title() : e.text(),
                            ch.file() + "#" + e.id(), e.level()));
                    headed = true;
                }
            }
            if (!headed) {
                points.add(new PackageDocuments.NavPoint(ch.title(), ch.file(), 1));
            }
        }
        return points;
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
