package imprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.model.ModelPrinter;
import imprint.read.markdown.MarkdownReader;
import imprint.testing.SampleDocuments;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartTypographyTest {
    private static final String NNBSP = "\u202F";

    private static String en(String s) {
        return SmartTypography.text(s, "en");
    }

    private static Document markdown(String md) {
        return new MarkdownReader().read(md, new Diagnostics());
    }

    private static String dump(String md) {
        return ModelPrinter.printBlocks(SmartTypography.apply(markdown(md)).blocks());
    }

    @Test
    void englishQuotes() {
        assertEquals("“Hello,” she said, “it’s ‘fine’.”", en("\"Hello,\" she said, \"it's 'fine'.\""));
        assertEquals("(“quoted”) [‘single’] —“after dash”", en("(\"quoted\") ['single'] ---\"after dash\""));
    }

    @Test
    void apostrophes() {
        assertEquals("It’s the ’90s, rock ’n’ roll, ’tis the dogs’ bones, don’t.",
                en("It's the '90s, rock 'n' roll, 'tis the dogs' bones, don't."));
    }

    @Test
    void dashesAndEllipsis() {
        assertEquals("1914–1918 — and so… on - no ---- change .... either",
                en("1914--1918 --- and so... on - no ---- change .... either"));
    }

    @Test
    void nestedQuotes() {
        assertEquals("“‘Yes,’ he said.”", en("\"'Yes,' he said.\""));
    }

    @Test
    void french() {
        assertEquals("«" + NNBSP + "Bonjour" + NNBSP + "!" + NNBSP + "» dit-il" + NNBSP + "; l’été" + NNBSP + ": ok" + NNBSP + "?",
                SmartTypography.text("\"Bonjour !\" dit-il ; l'été: ok?", "fr"));
        assertEquals("«" + NNBSP + "Oui" + NNBSP + "»", SmartTypography.text("\" Oui \"", "fr"));
        assertEquals("«" + NNBSP + "déjà" + NNBSP + "»", SmartTypography.text("« déjà »", "fr-CA"));
        assertEquals("Il est 10:30, voir https://x.fr/?a=1 ?!",
                SmartTypography.text("Il est 10:30, voir https://x.fr/?a=1 ?!", "fr").replace(NNBSP, " "));
        assertEquals("voir" + NNBSP + "?!", SmartTypography.text("voir ?!", "fr"));
    }

    @Test
    void german() {
        assertEquals("Er sagte: „Das ist ‚gut‘.“ Geht’s?", SmartTypography.text("Er sagte: \"Das ist 'gut'.\" Geht's?", "de"));
        assertEquals("„Ja“", SmartTypography.text("\"Ja\"", "de-AT"));
    }

    @Test
    void codeLinkTargetsAndCodeBlocksAreUntouched() {
        assertEquals("""
                paragraph
                  text "“Use "
                  code "\\"x\\" -- 'y' ..."
                  text "” and "
                  link "https://example.com/a--b...'c'" title="it’s"
                    text "it’s"
                  text "."
                code "say \\"hi\\" -- it's..."
                """, dump("\"Use `\"x\" -- 'y' ...`\" and [it's](https://example.com/a--b...'c' \"it's\").\n\n    say \"hi\" -- it's...\n"));
    }

    @Test
    void quotesPairAcrossFormatting() {
        assertEquals("""
                paragraph
                  text "“"
                  emph
                    text "Really"
                  text "?” he asked. "
                  strong
                    text "“Yes"
                  text ",” "
                  link "#a"
                    text "‘she’"
                  text " said."
                """, dump("\"*Really*?\" he asked. **\"Yes**,\" ['she'](#a) said.\n"));
    }

    @Test
    void titleCaptionAndTableCellsAreTransformed() {
        Document doc = new Document(Metadata.EMPTY.withTitle("\"Quoted\" Title").withSubtitle("It's -- here"),
                List.of(new Block.Figure("a.png", "alt 'x'", "A \"caption\""),
                        new Block.Table(List.of(Block.Alignment.DEFAULT),
                                List.of(new Block.TableCell(List.of(new Inline.Text("'Head'")))), List.of())));
        Document out = SmartTypography.apply(doc);
        assertEquals("“Quoted” Title", out.metadata().title());
        assertEquals("It’s – here", out.metadata().subtitle());
        assertEquals("""
                figure "a.png" alt="alt 'x'" caption="A “caption”"
                table [default]
                  header
                    cell
                      text "‘Head’"
                """, ModelPrinter.printBlocks(out.blocks()));
    }

    @Test
    void theMultiLanguageFixtureGetsFrenchTypography() throws Exception {
        String md = Files.readString(SampleDocuments.FIXTURES.resolve("multi-language.md"));
        String out = ModelPrinter.print(Pipeline.standard(markdown(md)));
        assertTrue(out.contains("«" + NNBSP + "Bonjour" + NNBSP + "!" + NNBSP + "» dit-il" + NNBSP + "; l’été dernier"), out);
        assertTrue(out.contains("N’est-ce pas" + NNBSP + "?"), out);
        assertTrue(out.contains("«" + NNBSP + "Oui… vraiment." + NNBSP + "»"), out);
        assertTrue(out.contains("heading 1 #francais"), out);
    }

    @Test
    void aDocumentWithoutStraightPunctuationIsUnchanged() {
        Document doc = SampleDocuments.multiLanguage();
        assertEquals(ModelPrinter.print(doc), ModelPrinter.print(SmartTypography.apply(doc.withMetadata(doc.metadata().withLanguage("de")))
                .withMetadata(doc.metadata())));
    }
}
