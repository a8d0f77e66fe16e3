package imprint.render.docx;

import imprint.plan.DocumentPlan;
import imprint.plan.Outline;
import imprint.plan.PageNumbers;
import imprint.plan.PlannedImage;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import imprint.render.ReproducibleZip;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes a DOCX the way a careful Word user builds one: every paragraph in a named built-in
 * style, real list numbering that restarts per list, native footnotes, bookmarks at headings,
 * a table of contents already filled in with page numbers, page setup from the paper size,
 * and the skeleton of parts Word itself writes (settings in Word 2013+ mode, font table, web
 * settings, theme, properties). Output bytes depend only on the document and the options.
 *
 * <p>Every part is written as text by {@link Xml}, as pandoc does, and the large ones are
 * streamed into the zip; POI reads a user's reference document and, in the tests, reads back
 * and validates every part (see README, "DOCX: one way of writing the XML").
 */
public final class DocxRenderer implements Renderer {
    /** Heading levels listed in the table of contents. */
    private static final int TOC_DEPTH = 3;
    private static final String HEADER = "header1.xml";
    private static final String FIRST_HEADER = "header2.xml";
    private static final String FOOTER = "footer1.xml";

    @Override
    public OutputFormat format() {
        return OutputFormat.DOCX;
    }

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        Profile profile = Profile.of(plan);
        DocxState state = new DocxState(plan, profile);
        String lang = DocxTemplate.wordLanguage(plan.language());
        for (Outline.Entry e : plan.outline().entries()) {
            if (!e.id().isEmpty()) {
                state.addBookmark(e.id());
            }
        }
        List<Outline.Entry> contents = plan.outline().upTo(TOC_DEPTH);
        RenderOptions.Toc toc = plan.options().toc();
        boolean wantToc = !contents.isEmpty() && (toc == RenderOptions.Toc.ON
                || toc == RenderOptions.Toc.AUTO && !profile.manuscript() && contents.size() >= 3);
        boolean notes = !plan.notes().isEmpty();
        int words = TitleBlock.words(plan);
        BookSections book = BookSections.of(plan, profile);
        state.sections(book);
        try (ReproducibleZip zip = new ReproducibleZip(out, plan.timestamp(), Deflater.DEFAULT_COMPRESSION)) {
            DocxPackage pkg = declare(new DocxPackage(zip), plan, profile, notes);
            if (book != null) {
                book.declare(pkg);
            }
            pkg.begin();
            ListNumbering numbering = new ListNumbering();
            PartRels docRels = new PartRels();
            String[] furniture = relate(docRels, profile, notes, book);
            Xml doc = new Xml(pkg.stream("word/document.xml"));
            doc.raw(Xml.DECLARATION).raw("<w:document").raw(Xml.CONTENT_NAMESPACES).raw("><w:body>");
            if (profile.manuscript()) {
                TitleBlock.manuscript(doc, plan, words, profile.page().textWidthTwips());
            } else {
                if (book != null) {
                    BookPages.halfTitle(doc, plan, book);
                }
                TitleBlock.standard(doc, plan);
            }
            if (book != null) {
                BookPages.front(doc, plan, book); // copyright page, dedication, epigraph
            }
            if (wantToc) {
                if (book != null) {
                    book.frontPage(doc, true, true); // the contents, with roman folios
                }
                PageNumbers pages = plan.pageNumbers();
                // A book's folios count from its first chapter, as the PDF prints them.
                int front = book == null ? 0 : frontPages(plan, pages);
                List<DocxFields.TocEntry> entries = new ArrayList<>(contents.size());
                for (Outline.Entry e : contents) {
                    int n = pages.of(e.id());
                    entries.add(new DocxFields.TocEntry(e.text(), state.bookmarkFor(e.id()), e.level(), n > front ? n - front : n));
                }
                DocxFields.toc(doc, "Contents", entries, profile.page().textWidthTwips());
            }
            if (book != null && plan.textBeforeFirstChapter()) {
                book.frontPage(doc, false, true); // text before the first chapter, on a page of its own
            }
            new BlockWriter(state, numbering, doc, docRels, null, "BodyText").write(plan.blocks());
            if (book == null) {
                TitleBlock.copyright(doc, plan);
                sectPr(doc, profile.page(), furniture, profile.manuscript(), plan.options().endnotes() && notes);
            } else {
                if (BookPages.hasAbout(plan)) {
                    BookPages.about(doc, plan, book, state);
                }
                book.last(doc);
            }
            doc.raw("</w:body></w:document>").flush();
            pkg.add("word/_rels/document.xml.rels", docRels.part());
            if (notes) {
                boolean end = plan.options().endnotes();
                String part = end ? "endnotes.xml" : "footnotes.xml";
                if (end) {
                    pkg.add("word/footnotes.xml", NotesPart.separatorsOnly("footnote"));
                }
                PartRels noteRels = new PartRels();
                Xml fn = new Xml(pkg.stream("word/" + part));
                NotesPart.notes(state, numbering, fn, noteRels, end);
                fn.flush();
                if (!noteRels.isEmpty()) {
                    pkg.add("word/_rels/" + part + ".rels", noteRels.part());
                }
                if (!end) {
                    pkg.add("word/endnotes.xml", NotesPart.separatorsOnly("endnote"));
                }
            }
            pkg.add("word/styles.xml", profile.styles());
            pkg.add("word/numbering.xml", numbering.part());
            pkg.add("word/settings.xml", SkeletonParts.settings(lang, notes, wantToc, book != null, book != null && book.twoSided()));
            if (book != null) {
                book.parts(pkg);
            }
            pkg.add("word/webSettings.xml", SkeletonParts.webSettings());
            pkg.add("word/fontTable.xml", SkeletonParts.fontTable());
            pkg.add("word/theme/theme1.xml", DocxTemplate.theme());
            if (profile.manuscript()) {
                pkg.add("word/" + HEADER, HeaderFooter.runningHeader(TitleBlock.runningHead(plan)));
                pkg.add("word/" + FIRST_HEADER, HeaderFooter.emptyHeader());
            } else {
                pkg.add("word/" + FOOTER, HeaderFooter.pageNumberFooter());
            }
            for (DocxState.Media m : state.media()) {
                pkg.add("word/" + m.name(), m.image().resource().bytes());
            }
            pkg.add("docProps/core.xml", DocxProperties.core(plan.metadata(), plan.title(), lang, plan.timestamp()));
            pkg.add("docProps/app.xml", DocxProperties.app(words));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every part the package will hold, before any is written. */
    private static DocxPackage declare(DocxPackage pkg, DocumentPlan plan, Profile profile, boolean notes) {
        pkg.declare("word/document.xml", DocxPackage.MAIN)
                .declare("word/styles.xml", DocxPackage.STYLES)
                .declare("word/numbering.xml", DocxPackage.NUMBERING)
                .declare("word/settings.xml", DocxPackage.SETTINGS)
                .declare("word/webSettings.xml", DocxPackage.WEB_SETTINGS)
                .declare("word/fontTable.xml", DocxPackage.FONT_TABLE)
                .declare("word/theme/theme1.xml", DocxPackage.THEME)
                .declare("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                .declare("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        if (notes) {
            pkg.declare("word/footnotes.xml", NotesPart.FOOTNOTES_CONTENT).declare("word/endnotes.xml", NotesPart.ENDNOTES_CONTENT);
        }
        if (profile.manuscript()) {
            pkg.declare("word/" + HEADER, HeaderFooter.HEADER_CONTENT).declare("word/" + FIRST_HEADER, HeaderFooter.HEADER_CONTENT);
        } else {
            pkg.declare("word/" + FOOTER, HeaderFooter.FOOTER_CONTENT);
        }
        for (PlannedImage image : plan.images()) {
            if (image.resource().isPng()) {
                pkg.declareExtension("png", "image/png");
            } else {
                pkg.declareExtension("jpeg", "image/jpeg");
            }
        }
        return pkg;
    }

    /**
     * The main part's relationships to the parts beside it, first, as Word numbers them;
     * returns the ids of the header or footer parts the section refers to.
     */
    private static String[] relate(PartRels rels, Profile profile, boolean notes, BookSections book) {
        rels.internal(PartRels.OFFICE + "styles", "styles.xml");
        rels.internal(PartRels.OFFICE + "numbering", "numbering.xml");
        rels.internal(PartRels.OFFICE + "settings", "settings.xml");
        rels.internal(PartRels.OFFICE + "webSettings", "webSettings.xml");
        if (notes) {
            rels.internal(PartRels.OFFICE + "footnotes", "footnotes.xml");
            rels.internal(PartRels.OFFICE + "endnotes", "endnotes.xml");
        }
        String[] ids = profile.manuscript()
                ? new String[] {rels.internal(PartRels.OFFICE + "header", HEADER), rels.internal(PartRels.OFFICE + "header", FIRST_HEADER)}
                : new String[] {rels.internal(PartRels.OFFICE + "footer", FOOTER)};
        if (book != null) {
            book.relate(rels, ids[0]);
        }
        rels.internal(PartRels.OFFICE + "fontTable", "fontTable.xml");
        rels.internal(PartRels.OFFICE + "theme", "theme/theme1.xml");
        return ids;
    }

    /** The pages before a book's first chapter in the PDF's pagination. */
    private static int frontPages(DocumentPlan plan, PageNumbers pages) {
        for (Outline.Entry e : plan.outline().entries()) {
            if (e.level() == 1 && pages.of(e.id()) > 0) {
                return pages.of(e.id()) - 1;
            }
        }
        return 0;
    }

    /** A section's page size and margins ({@code w:pgSz}, {@code w:pgMar}). */
    static void pageGeometry(Xml out, Profile.PageSetup p) {
        out.raw("<w:pgSz w:w=\"").raw(p.width()).raw("\" w:h=\"").raw(p.height()).raw('"');
        if (p.width() > p.height()) {
            out.raw(" w:orient=\"landscape\"");
        }
        out.raw("/><w:pgMar w:top=\"").raw(p.top()).raw("\" w:right=\"").raw(p.right()).raw("\" w:bottom=\"")
                .raw(p.bottom()).raw("\" w:left=\"").raw(p.left()).raw("\" w:header=\"").raw(p.header())
                .raw("\" w:footer=\"").raw(p.footer()).raw("\" w:gutter=\"").raw(p.gutter()).raw("\"/>");
    }

    /** The section: header or footer, page size and margins, children in the schema's order. */
    private static void sectPr(Xml out, Profile.PageSetup p, String[] furniture, boolean manuscript, boolean endnotes) {
        out.raw("<w:sectPr>");
        if (manuscript) {
            out.raw("<w:headerReference w:type=\"default\" r:id=\"").raw(furniture[0]).raw("\"/>")
                    .raw("<w:headerReference w:type=\"first\" r:id=\"").raw(furniture[1]).raw("\"/>");
        } else {
            out.raw("<w:footerReference w:type=\"default\" r:id=\"").raw(furniture[0]).raw("\"/>");
        }
        if (endnotes) {
            out.raw(NotesPart.SECTION_ENDNOTES);
        }
        pageGeometry(out, p);
        out.raw("<w:cols w:space=\"720\"/>");
        if (manuscript) {
            out.raw("<w:titlePg/>");
        }
        out.raw("<w:docGrid w:linePitch=\"360\"/></w:sectPr>");
    }
}
