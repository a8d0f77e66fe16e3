package imprint.render.print;

import static imprint.render.print.PrintOutputTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Document;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.testing.EpubValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --book} and {@code type: book} in the EPUB: the copyright page, the dedication and the
 * epigraph after the title page, in the spine and the landmarks, the chapter labels above the
 * chapters' titles (outside the headings), "About the Author" after the last chapter and in the
 * contents, read back, EPUBCheck and Ace clean; the same file without {@code type: book} and a
 * document without {@code --book} are the negative controls.
 */
class BookEpubTest {
    private static final Document BOOK = new Document(SampleDocuments.longBook(3, 3).metadata()
            .withRights("\u00A9 2026 A. Writer").withIdentifier("978-1-23456-789-7").withPublisher("Tidewater Press"),
            SampleDocuments.longBook(3, 3).blocks());

    @Test
    void theBookHasACopyrightPageAfterItsTitlePage() throws Exception {
        byte[] epub = render(BOOK, RenderOptions.DEFAULTS.withBook(true), OutputFormat.EPUB);
        Map<String, byte[]> files = ZipFiles.read(epub);
        String page = new String(files.get("EPUB/copyright.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page.contains("epub:type=\"copyright-page\""), page);
        for (String want : List.of("\u00A9 2026 A. Writer", "ISBN 978-1-23456-789-7", "Published by Tidewater Press")) {
            assertTrue(page.contains("<p>" + want + "</p>"), want + " in " + page);
        }
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        int title = opf.indexOf("<itemref idref=\"titlepage\"");
        int copyright = opf.indexOf("<itemref idref=\"copyright\"");
        assertTrue(title > 0 && copyright > title, "the copyright page follows the title page in the spine: " + opf);
        assertEquals(List.of(), EpubValidator.problems(epub).stream().filter(p -> !p.startsWith("USAGE")).toList());
    }

    @Test
    void anArticleHasNone() throws Exception {
        // Negative control: the same document without --book.
        Map<String, byte[]> files = ZipFiles.read(render(BOOK, RenderOptions.DEFAULTS, OutputFormat.EPUB));
        assertFalse(files.containsKey("EPUB/copyright.xhtml"));
    }

    private static final java.nio.file.Path SAMPLE = java.nio.file.Path.of("src/docs/sample-book.md");

    private static Document sample(boolean typed) throws Exception {
        String md = java.nio.file.Files.readString(SAMPLE);
        return imprint.Imprint.read(typed ? md : md.replace("type: book\n", ""), imprint.read.InputFormat.MARKDOWN,
                new imprint.diag.Diagnostics());
    }

    private static String text(Map<String, byte[]> files, String name) {
        byte[] b = files.get("EPUB/" + name);
        assertTrue(b != null, name + " is in the EPUB: " + files.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void typeBookGivesTheDedicationEpigraphAndAboutTheAuthor() throws Exception {
        // No --book: the front matter's type: book alone sets the book's pages.
        byte[] epub = render(sample(true), RenderOptions.DEFAULTS.withDuplex(true).withPageList(true), OutputFormat.EPUB);
        Map<String, byte[]> files = ZipFiles.read(epub);
        String dedication = text(files, "dedication.xhtml");
        assertTrue(dedication.contains("epub:type=\"dedication\"") && dedication.contains("role=\"doc-dedication\""), dedication);
        assertTrue(dedication.contains("<p>For my mother, who kept the mill running.</p>"), dedication);
        String epigraph = text(files, "epigraph.xhtml");
        assertTrue(epigraph.contains("epub:type=\"epigraph\"") && epigraph.contains("role=\"doc-epigraph\""), epigraph);
        assertTrue(epigraph.contains("<blockquote>\n<p>The snow falls, and the world forgets its edges.</p>"), epigraph);
        assertTrue(epigraph.contains("<p class=\"epigraph-source\">\u2014 Old proverb</p>"), epigraph);
        String about = text(files, "about-the-author.xhtml");
        assertTrue(about.contains("<h1 id=\"about-the-author\">About the Author</h1>"), about);
        assertTrue(about.contains("<p>A. Writer lives by a river and writes about mills."), about);

        String opf = text(files, "package.opf");
        List<String> spine = java.util.regex.Pattern.compile("<itemref idref=\"([^\"]+)\"").matcher(opf).results()
                .map(r -> r.group(1)).toList();
        assertEquals(List.of("cover", "titlepage", "copyright", "dedication", "epigraph", "nav", "chapter-001",
                "chapter-002", "chapter-003", "about-the-author"), spine);
        String nav = text(files, "nav.xhtml");
        String landmarks = nav.substring(nav.indexOf("epub:type=\"landmarks\""));
        int c = landmarks.indexOf("epub:type=\"copyright-page\" href=\"copyright.xhtml\"");
        int d = landmarks.indexOf("epub:type=\"dedication\" href=\"dedication.xhtml\"");
        int e = landmarks.indexOf("epub:type=\"epigraph\" href=\"epigraph.xhtml\"");
        int b = landmarks.indexOf("epub:type=\"backmatter\" href=\"about-the-author.xhtml\"");
        assertTrue(c > 0 && d > c && e > d && b > e, landmarks);
        String toc = nav.substring(0, nav.indexOf("epub:type=\"landmarks\""));
        assertTrue(toc.contains("<a href=\"about-the-author.xhtml#about-the-author\">About the Author</a>"), toc);
        assertTrue(text(files, "toc.ncx").contains("about-the-author.xhtml#about-the-author"));
        // The print edition's front pages are marked on the pages that stand for them, in order.
        assertTrue(dedication.contains("aria-label=\"v\""), dedication);
        assertTrue(epigraph.contains("aria-label=\"vii\""), epigraph);
        assertTrue(nav.indexOf("dedication.xhtml#page-5") < nav.indexOf("epigraph.xhtml#page-7"), nav);

        // Chapter labels above the titles, outside the headings; none over "Chapter 3: The Thaw".
        String ch2 = text(files, "chapter-002.xhtml");
        assertTrue(ch2.contains("<header class=\"chapter-opener\"><p class=\"chapter-label\">Chapter 2</p>\n"
                + "<h1 id=\"roads-closed\">Roads Closed</h1>"), ch2);
        assertTrue(toc.contains(">Roads Closed</a>"), toc);
        assertFalse(text(files, "chapter-003.xhtml").contains("chapter-label"));
        // The NCX's pageList (EPUB 2 readers) lists the same pages as the nav's page-list.
        String ncx = text(files, "toc.ncx");
        List<String> navPages = java.util.regex.Pattern.compile("<li><a href=\"([^\"]+#page-\\d+)\">([^<]+)</a>")
                .matcher(nav).results().map(r -> r.group(2) + "@" + r.group(1)).toList();
        List<String> ncxPages = java.util.regex.Pattern.compile("<navLabel><text>([^<]+)</text></navLabel><content src=\"([^\"]+#page-\\d+)\"/>")
                .matcher(ncx).results().map(r -> r.group(1) + "@" + r.group(2)).toList();
        assertTrue(navPages.size() > 20, navPages.toString());
        assertEquals(navPages, ncxPages);
        assertTrue(ncx.contains("<meta name=\"dtb:totalPageCount\" content=\"" + navPages.size() + "\"/>"), ncx);
        assertTrue(ncx.contains("type=\"front\"") && ncx.contains("type=\"normal\" value=\"1\""), ncx);
        assertEquals(List.of(), EpubValidator.problems(epub));
    }

    @Test
    void theBookPassesAce() throws Exception {
        byte[] epub = render(sample(true), RenderOptions.DEFAULTS.withDuplex(true).withPageList(true), OutputFormat.EPUB);
        imprint.testing.AceChecker.Verdict v = imprint.testing.AceChecker.check(epub);
        assertEquals(List.of(), v.violations());
        assertEquals("pass", v.outcome());
    }

    @Test
    void withoutTypeBookTheSameFileIsAnArticle() throws Exception {
        // Negative control: the sample book's file without type: book (one file per chapter, no book pages).
        Map<String, byte[]> files = ZipFiles.read(render(sample(false), RenderOptions.DEFAULTS, OutputFormat.EPUB));
        for (String name : List.of("copyright.xhtml", "dedication.xhtml", "epigraph.xhtml", "about-the-author.xhtml")) {
            assertFalse(files.containsKey("EPUB/" + name), name);
        }
        assertFalse(text(files, "chapter-002.xhtml").contains("chapter-label"));
        assertFalse(text(files, "nav.xhtml").contains("About the Author"));
        // Nor is there a pageList without a page-list.
        assertTrue(text(files, "toc.ncx").contains("<meta name=\"dtb:totalPageCount\" content=\"0\"/>"));
        assertFalse(text(files, "toc.ncx").contains("pageList"));
    }
}
