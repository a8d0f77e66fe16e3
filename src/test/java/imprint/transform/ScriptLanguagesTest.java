package imprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.ModelPrinter;
import imprint.read.markdown.MarkdownReader;
import org.junit.jupiter.api.Test;

/** A run of another script gets the language of that script, and the rules follow it. */
class ScriptLanguagesTest {
    private static String model(String lang, String body) {
        return ModelPrinter.print(Pipeline.standard(new MarkdownReader().read(
                "---\nlang: " + lang + "\n---\n\n" + body + "\n", new Diagnostics())));
    }

    @Test
    void eachScriptGetsItsLanguage() {
        String m = model("en", "Words: العربية, עברית, हिन्दी, বাংলা, தமிழ், ไทย, 한국어, ひらがな, 汉字 and Ελληνικά, Русский.");
        for (String span : new String[] {
                "span lang=\"ar\" dir=\"rtl\"\n    text \"العربية\"", "span lang=\"he\" dir=\"rtl\"\n    text \"עברית\"",
                "span lang=\"hi\" dir=\"\"\n    text \"हिन्दी\"", "span lang=\"bn\" dir=\"\"\n    text \"বাংলা\"",
                "span lang=\"ta\" dir=\"\"\n    text \"தமிழ்\"", "span lang=\"th\" dir=\"\"\n    text \"ไทย\"",
                "span lang=\"ko\" dir=\"\"\n    text \"한국어\"", "span lang=\"ja\" dir=\"\"\n    text \"ひらがな\"",
                "span lang=\"zh\" dir=\"\"\n    text \"汉字\"", "span lang=\"el\" dir=\"\"\n    text \"Ελληνικά\"",
                "span lang=\"ru\" dir=\"\"\n    text \"Русский\""}) {
            assertTrue(m.contains(span), span + "\n" + m);
        }
        assertTrue(m.contains("text \"Words: \""), "the English text stays outside: " + m);
    }

    @Test
    void theScriptOfThePassageLanguageIsNotMarked() {
        assertFalse(model("el", "Η ελληνική γλώσσα.").contains("span"), "Greek in a Greek document");
        assertFalse(model("ru", "Русский язык.").contains("span"), "Cyrillic in a Russian document");
        assertFalse(model("fa", "زبان فارسی").contains("span"), "Arabic script in a Persian document");
        String ja = model("ja", "漢字とかな。");
        assertFalse(ja.contains("span"), "Han and kana in a Japanese document: " + ja);
        assertFalse(model("ja", "English and 漢字.").contains("span"), "Han is Japanese in a Japanese document");
        // Negative control: the same Greek in an English document is marked.
        assertTrue(model("en", "Η ελληνική γλώσσα.").contains("span lang=\"el\""));
    }

    @Test
    void explicitLanguagesWin() {
        String m = model("en", "[Ελληνικά]{lang=grc} and ::: not a div");
        assertTrue(m.contains("span lang=\"grc\""), m);
        assertFalse(m.contains("span lang=\"el\""), m);
    }

    @Test
    void smartTypographyFollowsASpansLanguage() {
        String m = model("fr", "Rapport: 3 et [Größenverhältnisse: 3]{lang=de} puis Ελληνικά: fin.");
        assertTrue(m.contains("Rapport\u202F: 3"), m); // French in French
        assertTrue(m.contains("text \"Größenverhältnisse: 3\""), m); // not in the German span
        assertTrue(m.contains("text \"\u202F: fin.\""), m); // the colon after the Greek word is the French sentence's
        assertEquals(1, m.split("span lang=\"el\"", -1).length - 1, m);
    }
}
