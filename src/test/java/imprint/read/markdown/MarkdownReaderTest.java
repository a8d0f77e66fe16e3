package imprint.read.markdown;

import static imprint.read.ReadSpec.expect;
import static imprint.read.ReadSpec.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Severity;
import imprint.read.ReadSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CommonMark constructs, one spec example each: Markdown in, model dump out. */
class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void inlineFormatting() {
        ReadSpec.Result r = expect(reader, "Plain *em **strong*** ~~gone~~ `a <b>` and\nsoft  \nhard\\\nend\n", """
                paragraph
                  text "Plain "
                  emph
                    text "em "
                    strong
                      text "strong"
                  text " "
                  strike
                    text "gone"
                  text " "
                  code "a <b>"
                  text " and soft"
                  line-break
                  text "hard"
                  line-break
                  text "end"
                """);
        assertTrue(r.diagnostics().list().isEmpty());
    }

    @Test
    void headingsAtEveryLevelAndSetext() {
        expect(reader, "Intro\n\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n\nSetext one\n==========\n\nSetext two\n---\n", """
                paragraph
                  text "Intro"
                heading 2
                  text "Two"
                heading 3
                  text "Three"
                heading 4
                  text "Four"
                heading 5
                  text "Five"
                heading 6
                  text "Six"
                heading 1
                  text "Setext one"
                heading 2
                  text "Setext two"
                """);
    }

    @Test
    void aLeadingLevelOneHeadingBecomesTheTitle() {
        expect(reader, "# The *Title*\n\nText.\n\n# Chapter\n", """
                title: "The Title"
                paragraph
                  text "Text."
                heading 1
                  text "Chapter"
                """);
    }

    @Test
    void aHeadingAfterTextIsNotTheTitle() {
        expect(reader, "Text.\n\n# Chapter\n", """
                paragraph
                  text "Text."
                heading 1
                  text "Chapter"
                """);
    }

    @Test
    void frontMatterTitleKeepsTheFirstHeading() {
        expect(reader, "---\ntitle: Book\n---\n# Chapter\n", """
                title: "Book"
                heading 1
                  text "Chapter"
                """);
    }

    @Test
    void frontMatterWithEveryField() {
        ReadSpec.Result r = expect(reader, """
                ---
                title: "A: Title"
                subtitle: Sub
                author:
                  - Ada Lovelace
                  - name: Émile Zola
                date: 2024-05-17
                lang: fr-CA
                isbn: 978-3-16-148410-0
                publisher: Press
                abstract: Short.
                copyright: CC BY 4.0
                tags: [one, two]
                cover-image: images/gradient.png
                ...
                Body.
                """, """
                title: "A: Title"
                subtitle: "Sub"
                authors: "Ada Lovelace", "Émile Zola"
                date: "2024-05-17"
                language: "fr-CA"
                identifier: "978-3-16-148410-0"
                publisher: "Press"
                description: "Short."
                rights: "CC BY 4.0"
                keywords: "one", "two"
                cover: "images/gradient.png"
                paragraph
                  text "Body."
                """);
        assertTrue(r.diagnostics().list().isEmpty(), r.diagnostics().list().toString());
    }

    @Test
    void frontMatterAlternativeKeys() {
        expect(reader, "---\nauthors: Solo Writer\nlanguage: de\nidentifier: urn:x\ndescription: D\nrights: R\nkeywords: k\nsubject: [s1]\ncover: c.png\n---\n", """
                authors: "Solo Writer"
                language: "de"
                identifier: "urn:x"
                description: "D"
                rights: "R"
                keywords: "s1"
                cover: "c.png"
                """);
    }

    @Test
    void unknownFrontMatterKeysAreNoticed() {
        ReadSpec.Result r = read(reader, "---\ntitle: T\nlayout: post\n---\nText\n");
        Diagnostic d = r.first(Code.FRONT_MATTER_UNKNOWN_KEY);
        assertEquals(Severity.NOTICE, d.severity());
        assertEquals(3, d.line());
        assertEquals("T", r.document().metadata().title());
    }

    @Test
    void brokenFrontMatterIsReportedAndTheBodyStillRead() {
        ReadSpec.Result r = expect(reader, "---\ntitle: ok\nauthor: [unclosed\nlang: en\n---\n# Heading\n\nBody.\n", """
                title: "Heading"
                paragraph
                  text "Body."
                """);
        Diagnostic d = r.first(Code.FRONT_MATTER_INVALID);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.line() >= 3 && d.line() <= 5, "line " + d.line());
    }

    @Test
    void frontMatterOfTheWrongShape() {
        ReadSpec.Result r = read(reader, "---\ntitle: [a, b]\nlang: French\n---\nx\n");
        assertEquals(List.of(Code.FRONT_MATTER_INVALID, Code.FRONT_MATTER_INVALID), r.codes());
        assertEquals("", r.document().metadata().title());
        assertEquals("", r.document().metadata().language());
    }

    @Test
    void aRuleAroundPlainTextIsNotFrontMatter() {
        ReadSpec.Result r = expect(reader, "---\nJust a line\n---\n\nMore.\n", """
                thematic-break
                heading 2
                  text "Just a line"
                paragraph
                  text "More."
                """);
        assertTrue(r.codes().isEmpty());
        expect(reader, "---\n- a list\n---\n", """
                thematic-break
                bullet-list tight
                  item
                    paragraph
                      text "a list"
                thematic-break
                """);
    }

    @Test
    void anUnclosedFrontMatterIsAThematicBreak() {
        expect(reader, "---\ntitle: x\n", """
                thematic-break
                paragraph
                  text "title: x"
                """);
    }

    @Test
    void linksAndTheirSchemes() {
        ReadSpec.Result r = expect(reader, """
                [web](https://example.com/a?b=1&c=2 "Title") [mail](mailto:a@b.org) [tel](tel:+123)
                [rel](chapter2.md) [frag](#intro) <https://auto.example> me@example.org www.example.org
                """, """
                paragraph
                  link "https://example.com/a?b=1&c=2" title="Title"
                    text "web"
                  text " "
                  link "mailto:a@b.org"
                    text "mail"
                  text " "
                  link "tel:+123"
                    text "tel"
                  text " "
                  link "chapter2.md"
                    text "rel"
                  text " "
                  link "#intro"
                    text "frag"
                  text " "
                  link "https://auto.example"
                    text "https://auto.example"
                  text " "
                  link "mailto:me@example.org"
                    text "me@example.org"
                  text " www.example.org"
                """);
        assertTrue(r.diagnostics().list().isEmpty());
    }

    @Test
    void unsafeLinksKeepOnlyTheirText() {
        ReadSpec.Result r = expect(reader, """
                [a](javascript:alert(1)) [*b*](JaVaScRiPt:x) [c](data:text/html;base64,xx) [d](vbscript:x) [e](file:///etc/passwd) [f](foo:bar) [g](&#106;avascript:x)
                """, """
                paragraph
                  text "a "
                  emph
                    text "b"
                  text " c d e f g"
                """);
        assertEquals(7, r.codes().stream().filter(c -> c == Code.UNSAFE_LINK_DROPPED).count());
        assertEquals(1, r.first(Code.UNSAFE_LINK_DROPPED).line());
        assertEquals(1, r.first(Code.UNSAFE_LINK_DROPPED).column());
    }

    @Test
    void imagesFiguresAndUnsafeImages() {
        ReadSpec.Result r = expect(reader, """
                ![A *gradient*](images/gradient.png "The caption")

                Inline ![small](images/gradient.png) image.

                ![x](data:image/png;base64,AAAA)
                """, """
                figure "images/gradient.png" alt="A gradient" caption="The caption"
                paragraph
                  text "Inline "
                  image "images/gradient.png" alt="small"
                  text " image."
                paragraph
                  text "x"
                """);
        assertEquals(List.of(Code.UNSAFE_LINK_DROPPED), r.codes());
    }

    @Test
    void rawHtmlIsDroppedButItsTextKept() {
        ReadSpec.Result r = expect(reader, """
                Before <span class="x">kept</span> <script>alert(1)</script>after<br>next <!-- note -->

                <div>
                <p>Block &amp; text</p>
                <script>
                steal();
                </script>
                <style>p { color: red }</style>
                </div>

                <!-- a comment block -->
                """, """
                paragraph
                  text "Before kept after"
                  line-break
                  text "next "
                paragraph
                  text "Block & text"
                """);
        List<Diagnostic> html = r.diagnostics().list().stream().filter(d -> d.code() == Code.RAW_HTML_DROPPED).toList();
        assertEquals(5, html.size(), html.toString());
        assertTrue(html.stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertEquals(1, html.get(0).line());
        assertEquals(8, html.get(0).column());
        assertEquals(3, html.get(4).line());
    }

    @Test
    void lists() {
        expect(reader, """
                - one
                - two
                  - nested

                3. three
                4. four

                7) loose

                8) list
                """, """
                bullet-list tight
                  item
                    paragraph
                      text "one"
                  item
                    paragraph
                      text "two"
                    bullet-list tight
                      item
                        paragraph
                          text "nested"
                ordered-list start=3 tight
                  item
                    paragraph
                      text "three"
                  item
                    paragraph
                      text "four"
                ordered-list start=7 loose
                  item
                    paragraph
                      text "loose"
                  item
                    paragraph
                      text "list"
                """);
    }

    @Test
    void taskItems() {
        expect(reader, "- [ ] open\n- [x] done\n- plain\n", """
                bullet-list tight
                  item task=open
                    paragraph
                      text "open"
                  item task=done
                    paragraph
                      text "done"
                  item
                    paragraph
                      text "plain"
                """);
    }

    @Test
    void quotesCodeAndBreaks() {
        expect(reader, "> quoted\n> > nested\n\n```java title\nint x = 1;\n```\n\n    indented\n\n***\n", """
                quote
                  paragraph
                    text "quoted"
                  quote
                    paragraph
                      text "nested"
                code java "int x = 1;"
                code "indented"
                thematic-break
                """);
    }

    @Test
    void tablesWithAlignmentsPaddedAndTruncated() {
        expect(reader, "| L | C | R | D |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 | 5 |\n| *a* |\n", """
                table [left, center, right, default]
                  header
                    cell
                      text "L"
                    cell
                      text "C"
                    cell
                      text "R"
                    cell
                      text "D"
                  row
                    cell
                      text "1"
                    cell
                      text "2"
                    cell
                      text "3"
                    cell
                      text "4"
                  row
                    cell
                      emph
                        text "a"
                    cell
                    cell
                    cell
                """);
    }

    @Test
    void footnotes() {
        ReadSpec.Result r = expect(reader, "Text[^n] more[^long-label].\n\n> [^long-label]: In a quote.\n\n[^n]: First.\n\n    Second paragraph *with emphasis*.\n", """
                paragraph
                  text "Text"
                  footnote-ref [n]
                  text " more"
                  footnote-ref [long-label]
                  text "."
                quote
                footnote [n]
                  paragraph
                    text "First."
                  paragraph
                    text "Second paragraph "
                    emph
                      text "with emphasis"
                    text "."
                footnote [long-label]
                  paragraph
                    text "In a quote."
                """);
        assertTrue(r.diagnostics().list().isEmpty(), r.diagnostics().list().toString());
    }

    @Test
    void missingDuplicateAndUnusedFootnotes() {
        ReadSpec.Result r = expect(reader, "See[^a] and[^gone].\n\n[^a]: One.\n[^a]: Two.\n[^spare]: Never used.\n", """
                paragraph
                  text "See"
                  footnote-ref [a]
                  text " and[^gone]."
                footnote [a]
                  paragraph
                    text "One."
                footnote [spare]
                  paragraph
                    text "Never used."
                """);
        assertEquals(Severity.WARNING, r.first(Code.FOOTNOTE_MISSING).severity());
        assertEquals(1, r.first(Code.FOOTNOTE_MISSING).line());
        assertEquals(Severity.WARNING, r.first(Code.FOOTNOTE_DUPLICATE).severity());
        assertEquals(4, r.first(Code.FOOTNOTE_DUPLICATE).line());
        assertEquals(Severity.NOTICE, r.first(Code.FOOTNOTE_UNUSED).severity());
        assertEquals(5, r.first(Code.FOOTNOTE_UNUSED).line());
    }

    @Test
    void positionsCountTheFrontMatter() {
        ReadSpec.Result r = read(reader, "---\ntitle: x\n---\n\nText <b>x</b>\n");
        Diagnostic d = r.first(Code.RAW_HTML_DROPPED);
        assertEquals(5, d.line());
        assertEquals(6, d.column());
    }

    @Test
    void crlfAndBomAreHandled() {
        expect(reader, "\uFEFF---\r\ntitle: T\r\n---\r\nOne\r\ntwo\r\n", """
                title: "T"
                paragraph
                  text "One two"
                """);
    }

    @Test
    void emptyInput() {
        ReadSpec.Result r = read(reader, "");
        assertEquals("", r.dump());
        assertFalse(r.diagnostics().hasAtLeast(Severity.NOTICE));
    }
}
