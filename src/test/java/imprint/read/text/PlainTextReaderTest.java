package imprint.read.text;

import static imprint.read.ReadSpec.expect;
import static imprint.read.ReadSpec.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Severity;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.read.ReadSpec;
import imprint.read.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void seedArticle() throws Exception {
        String text = TextDecoder.decode(Files.readAllBytes(Path.of("seeds/france-girds-against-cyberattacks.txt")));
        ReadSpec.Result r = read(reader, text);
        Document doc = r.document();
        assertEquals("After Alleged U.S. Election Hacks, France Girds Against Cyberattacks", doc.metadata().title());
        // the seed has eight body paragraphs between the title and "Comments are closed."
        assertEquals(8, doc.blocks().size());
        assertTrue(doc.blocks().stream().allMatch(b -> b instanceof Block.Paragraph));
        assertFalse(r.dump().contains("Comments are closed"));
        assertTrue(r.dump().contains("text \"ANSSI, however, reports to Gautier's office."));
        Diagnostic notice = r.first(Code.BOILERPLATE_DROPPED);
        assertEquals(Severity.NOTICE, notice.severity());
        assertEquals(19, notice.line());
        assertEquals(1, r.diagnostics().list().size());
    }

    @Test
    void seedArticleMatchesTheSharedModel() throws Exception {
        String text = Files.readString(Path.of("seeds/france-girds-against-cyberattacks.txt"));
        Document doc = reader.read(text, new imprint.diag.Diagnostics());
        assertEquals(imprint.testing.SampleDocuments.seedArticle().blocks(), doc.blocks());
    }

    @Test
    void titleBylineDatelineAndParagraphs() {
        expect(reader, """
                Storm Hits Coast

                By Jane Doe and John Roe

                MIAMI (AP) -- A storm hit the coast
                on Tuesday, officials said.

                Second paragraph.
                """, """
                title: "Storm Hits Coast"
                authors: "Jane Doe", "John Roe"
                dateline "MIAMI (AP)" place="MIAMI" source="AP"
                paragraph
                  text "MIAMI (AP) -- A storm hit the coast on Tuesday, officials said."
                paragraph
                  text "Second paragraph."
                """);
    }

    @Test
    void aWiderGapAmongSingleGapsIsASceneBreak() {
        expect(reader, "Title\n\nOne.\n\nTwo.\n\n\nThree.\n\nFour.\n\n* * *\n\nFive.\n", """
                title: "Title"
                paragraph
                  text "One."
                paragraph
                  text "Two."
                thematic-break
                paragraph
                  text "Three."
                paragraph
                  text "Four."
                thematic-break
                paragraph
                  text "Five."
                """);
    }

    @Test
    void doubleGapsEverywhereAreNoSceneBreaks() {
        // Negative control: a text that always leaves two blank lines parts paragraphs only.
        expect(reader, "Title\n\n\nOne.\n\n\nTwo.\n\n\nThree.\n", """
                title: "Title"
                paragraph
                  text "One."
                paragraph
                  text "Two."
                paragraph
                  text "Three."
                """);
    }

    @Test
    void allCapsBylineWithAffiliation() {
        expect(reader, "Title\n\nBY JANE DOE, Associated Press\n\nWASHINGTON (Jan. 3) — Text.\n", """
                title: "Title"
                authors: "Jane Doe"
                contributor "Jane Doe" affiliation="Associated Press" role=aut
                dateline "WASHINGTON (Jan. 3)" place="WASHINGTON" date="Jan. 3"
                paragraph
                  text "WASHINGTON (Jan. 3) — Text."
                """);
    }

    @Test
    void bylineWithSeveralAuthorsAndAJobTitle() {
        expect(reader, "Title\nBy Ann Lee, Bo Park and Cy Diaz, Staff Writers\nBody,\nwrapped.\n", """
                title: "Title"
                authors: "Ann Lee", "Bo Park", "Cy Diaz"
                contributor "Ann Lee" title="Staff Writers" role=aut
                contributor "Bo Park" title="Staff Writers" role=aut
                contributor "Cy Diaz" title="Staff Writers" role=aut
                paragraph
                  text "Body, wrapped."
                """);
        expect(reader, "Title\n\nBy Ann Lee, Bo Park and Cy Diaz, Staff Writers\n\nBody.\n", """
                title: "Title"
                authors: "Ann Lee", "Bo Park", "Cy Diaz"
                contributor "Ann Lee" title="Staff Writers" role=aut
                contributor "Bo Park" title="Staff Writers" role=aut
                contributor "Cy Diaz" title="Staff Writers" role=aut
                paragraph
                  text "Body."
                """);
    }

    @Test
    void bylineRoleAndAffiliationAreKept() {
        expect(reader, "Title\n\nBy Elena Marsh, Staff Writer\n\nBody.\n", """
                title: "Title"
                authors: "Elena Marsh"
                contributor "Elena Marsh" title="Staff Writer" role=aut
                paragraph
                  text "Body."
                """);
        expect(reader, "Title\n\nBy Ann Lee and Bo Park, Associated Press\n\nBody.\n", """
                title: "Title"
                authors: "Ann Lee", "Bo Park"
                contributor "Ann Lee" affiliation="Associated Press" role=aut
                contributor "Bo Park" affiliation="Associated Press" role=aut
                paragraph
                  text "Body."
                """);
        expect(reader, "Title\n\nBy Seth Borenstein, AP Science Writer\n\nBody.\n", """
                title: "Title"
                authors: "Seth Borenstein"
                contributor "Seth Borenstein" title="AP Science Writer" role=aut
                paragraph
                  text "Body."
                """);
        expect(reader, "Title\n\nBy Jane Doe of The Times and Kim Ro, Photographer\n\nBody.\n", """
                title: "Title"
                authors: "Jane Doe", "Kim Ro"
                contributor "Jane Doe" affiliation="The Times" role=aut
                contributor "Kim Ro" title="Photographer" role=pht
                paragraph
                  text "Body."
                """);
    }

    @Test
    void datelineWithDateAndAgencyIsAField() {
        expect(reader, "Title\n\nPARIS, May 17 (Reuters) - The text.\n", """
                title: "Title"
                dateline "PARIS, May 17 (Reuters)" place="PARIS" date="May 17" source="Reuters"
                paragraph
                  text "PARIS, May 17 (Reuters) - The text."
                """);
        expect(reader, "Title\n\nNEW YORK — The text.\n", """
                title: "Title"
                dateline "NEW YORK" place="NEW YORK"
                paragraph
                  text "NEW YORK — The text."
                """);
        expect(reader, "Title\n\nThe USA - a country.\n", """
                title: "Title"
                paragraph
                  text "The USA - a country."
                """);
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        expect(reader, "Title\n\nBy the end of the year, prices rose.\n", """
                title: "Title"
                paragraph
                  text "By the end of the year, prices rose."
                """);
    }

    @Test
    void datelineOnItsOwnLineIsNotAHeading() {
        expect(reader, "Title\n\nPARIS (AP) --\nThe text goes on.\n", """
                title: "Title"
                dateline "PARIS (AP)" place="PARIS" source="AP"
                paragraph
                  text "PARIS (AP) -- The text goes on."
                """);
    }

    @Test
    void allCapsLinesAreSectionHeadingsKeptAsWritten() {
        expect(reader, """
                Title

                Intro text.

                WHAT HAPPENED NEXT?

                More text.
                THE 2017 ELECTION
                Last text.
                """, """
                title: "Title"
                paragraph
                  text "Intro text."
                heading 2
                  text "WHAT HAPPENED NEXT?"
                paragraph
                  text "More text. THE 2017 ELECTION Last text."
                """);
    }

    @Test
    void longCapitalLinesAndNumbersAreNotHeadings() {
        String longCaps = "THIS LINE IS WRITTEN IN CAPITALS BUT IT IS MUCH TOO LONG TO BE A HEADING AT ALL";
        expect(reader, "Title\n\n" + longCaps + "\n\n2017\n", """
                title: "Title"
                paragraph
                  text "%s"
                paragraph
                  text "2017"
                """.formatted(longCaps));
    }

    @Test
    void bulletAndOrderedLists() {
        expect(reader, """
                Title

                You need:
                - flour
                * eggs,
                  beaten
                Then:

                3) mix
                4) bake
                """, """
                title: "Title"
                paragraph
                  text "You need:"
                bullet-list tight
                  item
                    paragraph
                      text "flour"
                  item
                    paragraph
                      text "eggs, beaten Then:"
                ordered-list start=3 tight
                  item
                    paragraph
                      text "mix"
                  item
                    paragraph
                      text "bake"
                """);
    }

    @Test
    void listItemsSeparatedByBlankLinesFormOneLooseList() {
        expect(reader, "Title\n\n1. one\n\n2. two\n\nAfter.\n", """
                title: "Title"
                ordered-list start=1 loose
                  item
                    paragraph
                      text "one"
                  item
                    paragraph
                      text "two"
                paragraph
                  text "After."
                """);
    }

    @Test
    void sceneBreak() {
        expect(reader, "Title\n\nOne.\n\n* * *\n\nTwo.\n", """
                title: "Title"
                paragraph
                  text "One."
                thematic-break
                paragraph
                  text "Two."
                """);
    }

    @Test
    void boilerplateOnlyAtTheEnd() {
        ReadSpec.Result r = expect(reader, """
                Title

                Share this:

                Body text.

                Click here to SUBSCRIBE
                © 2016 The Associated Press. All rights reserved.
                Comments are closed.
                """, """
                title: "Title"
                rights: "© 2016 The Associated Press. All rights reserved."
                paragraph
                  text "Share this:"
                paragraph
                  text "Body text."
                """);
        List<Integer> lines = r.diagnostics().list().stream()
                .filter(d -> d.code() == Code.BOILERPLATE_DROPPED).map(Diagnostic::line).toList();
        assertEquals(List.of(9, 8, 7), lines);
    }

    @Test
    void boilerplateNeverEatsTheTitle() {
        ReadSpec.Result r = expect(reader, "Comments are closed.\n\n  Share this\n", """
                title: "Comments are closed."
                """);
        Diagnostic d = r.first(Code.BOILERPLATE_DROPPED);
        assertEquals(3, d.line());
        assertEquals(3, d.column());
    }

    @Test
    void crlfAndBom() {
        expect(reader, "\uFEFFTitle\r\n\r\nLine one\r\nline two\rline three\r\n", """
                title: "Title"
                paragraph
                  text "Line one line two line three"
                """);
    }

    @Test
    void utf16InputThroughTheDecoder() throws Exception {
        byte[] bytes = "Überschrift\n\nÄrger über „Zölle“.\n".getBytes(StandardCharsets.UTF_16LE);
        expect(reader, TextDecoder.decode(bytes), """
                title: "Überschrift"
                paragraph
                  text "Ärger über „Zölle“."
                """);
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyDocument() {
        for (String in : new String[] {"", "\n\n  \n"}) {
            ReadSpec.Result r = read(reader, in);
            assertEquals("", r.dump());
            assertTrue(r.document().blocks().isEmpty());
        }
    }

    @Test
    void theFirstLineIsTheTitleEvenWithoutABlankLineAfterIt() {
        expect(reader, "Title line\nBody starts\nand goes on.\n", """
                title: "Title line"
                paragraph
                  text "Body starts and goes on."
                """);
    }

    @Test
    void aVeryLongFirstLineIsNotATitle() {
        String longLine = "It was a dark night and the rain fell. ".repeat(6).strip();
        ReadSpec.Result r = expect(reader, longLine + "\n\nMore.\n", """
                paragraph
                  text "%s"
                paragraph
                  text "More."
                """.formatted(longLine));
        assertEquals(1, r.first(Code.NO_TITLE).line());
    }

    @Test
    void textIsNeverInterpretedAsMarkup() {
        Document doc = read(reader, "Title\n\n*not emphasis* <b>not html</b> [x](y)\n").document();
        Block.Paragraph p = (Block.Paragraph) doc.blocks().get(0);
        assertEquals(List.of(new Inline.Text("*not emphasis* <b>not html</b> [x](y)")), p.content());
    }
}
