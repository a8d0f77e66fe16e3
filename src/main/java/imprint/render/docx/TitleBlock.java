package imprint.render.docx;

import imprint.model.Metadata;
import imprint.model.ModelText;
import imprint.plan.DocumentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What opens the document and what runs above or below its pages. The standard look: Title,
 * Subtitle, Author and Date paragraphs, a page number in the footer. The manuscript (Standard
 * Manuscript Format, as in William Shunn's widely used description): the contact block at the
 * top left of the first page with the approximate word count at the right, the title and the
 * byline centred lower down, and a running header "Surname / SHORT TITLE / page" from the
 * second page on.
 */
final class TitleBlock {
    private TitleBlock() {
    }

    static void standard(Xml out, DocumentPlan plan) {
        Metadata m = plan.metadata();
        styled(out, "Title", plan.title());
        if (!m.subtitle().isBlank()) {
            styled(out, "Subtitle", m.subtitle());
        }
        if (!m.contributors().isEmpty()) {
            // names, then their role and affiliation on a line of their own, as a newspaper prints a byline
            List<String> byline = ModelText.bylineLines(m);
            for (int i = 0; i < byline.size(); i++) {
                boolean role = i > 0 && isRoleLine(m, byline.get(i));
                styled(out, role ? "AuthorRole" : "Author", byline.get(i));
            }
        } else if (!m.authors().isEmpty()) {
            styled(out, "Author", String.join(", ", m.authors()));
        }
        if (!m.date().isBlank()) {
            styled(out, "Date", plan.displayDate());
        }
    }

    private static boolean isRoleLine(Metadata m, String line) {
        return m.contributors().stream().anyMatch(c -> c.roleLine().equals(line));
    }

    /** The copyright line that closes the text ("© 2024 Ouest Wire"), when the source gives one. */
    static void copyright(Xml out, DocumentPlan plan) {
        if (!plan.metadata().copyright().isBlank()) {
            styled(out, "Copyright", plan.metadata().copyright());
        }
    }

    /** The manuscript's first page up to the start of the text. */
    static void manuscript(Xml out, DocumentPlan plan, int words, long textWidthTwips) {
        Metadata m = plan.metadata();
        List<String> contact = contact(plan);
        out.raw("<w:p><w:pPr>").val("w:pStyle", "ContactInfo").raw("<w:tabs><w:tab w:val=\"right\" w:pos=\"")
                .raw(textWidthTwips).raw("\"/></w:tabs></w:pPr>");
        run(out, contact.isEmpty() ? "" : contact.get(0));
        out.raw("<w:r><w:tab/></w:r>");
        run(out, wordCount(words));
        out.raw("</w:p>");
        for (int i = 1; i < contact.size(); i++) {
            styled(out, "ContactInfo", contact.get(i));
        }
        styled(out, "Title", plan.title());
        if (!m.subtitle().isBlank()) {
            styled(out, "Subtitle", m.subtitle());
        }
        if (!m.authors().isEmpty()) {
            styled(out, "Byline", "by " + String.join(" and ", m.authors()));
        }
    }

    /** The contact lines: those the user gave, else the authors' names. */
    static List<String> contact(DocumentPlan plan) {
        List<String> given = plan.options().docxStyle().contact();
        return given.isEmpty() ? new ArrayList<>(plan.metadata().authors()) : given;
    }

    /**
     * The approximate word count as manuscripts give it: rounded to the nearest hundred (to
     * the nearest thousand from 20,000 words, as for novels), never "about 0".
     */
    static String wordCount(int words) {
        int step = words >= 20_000 ? 1000 : 100;
        long rounded = Math.max(step, Math.round(words / (double) step) * step);
        return String.format(Locale.ROOT, "about %,d words", rounded);
    }

    /** The words of the body text (notes and the title block excluded), as a word processor counts them. */
    static int words(DocumentPlan plan) {
        int n = 0;
        for (String block : ModelText.printedBodyBlocks(plan.document())) {
            boolean inWord = false;
            boolean counted = false;
            for (int i = 0; i < block.length(); i++) {
                char c = block.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    inWord = false;
                    counted = false;
                } else {
                    inWord = true;
                    if (!counted && Character.isLetterOrDigit(c)) {
                        n++;
                        counted = true;
                    }
                }
            }
        }
        return n;
    }

    /** The running header's text before the page number: "Surname / SHORT TITLE / ". */
    static String runningHead(DocumentPlan plan) {
        List<String> names = plan.metadata().authors().isEmpty() ? contact(plan) : plan.metadata().authors();
        String surname = "";
        if (!names.isEmpty()) {
            String[] parts = names.get(0).strip().split("\\s+");
            surname = parts[parts.length - 1];
        }
        String head = shortTitle(plan.title(), Locale.forLanguageTag(plan.language())) + " / ";
        return surname.isEmpty() ? head : surname + " / " + head;
    }

    /**
     * A title's key words in capitals: the main title (before a colon or dash), cut at a word
     * boundary to at most 30 characters.
     */
    static String shortTitle(String title, Locale locale) {
        String main = title.split(":|\u2014|\u2013| - ", 2)[0].strip();
        if (main.isEmpty()) {
            main = title.strip();
        }
        StringBuilder sb = new StringBuilder();
        for (String w : main.split("\\s+")) {
            if (sb.length() > 0 && sb.length() + 1 + w.length() > 30) {
                break;
            }
            sb.append(sb.length() > 0 ? " " : "").append(w);
        }
        String s = sb.length() > 30 ? sb.substring(0, 30) : sb.toString();
        return s.toUpperCase(locale);
    }

    /** One paragraph of text in a style. */
    static void line(Xml out, String style, String text) {
        styled(out, style, text);
    }

    private static void styled(Xml out, String style, String text) {
        out.raw("<w:p><w:pPr>").val("w:pStyle", style);
        // A right-to-left title (a Hebrew or Arabic book's) is a right-to-left paragraph and run.
        boolean rtl = imprint.text.BidiText.mayNeedBidi(text) && imprint.text.BidiText.rtlParagraph(text, "", "");
        out.raw(rtl ? "<w:bidi/></w:pPr>" : "</w:pPr>");
        if (rtl && !text.isEmpty()) {
            out.raw("<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">").text(text).raw("</w:t></w:r>");
        } else {
            run(out, text);
        }
        out.raw("</w:p>");
    }

    private static void run(Xml out, String text) {
        if (!text.isEmpty()) {
            out.raw("<w:r><w:t xml:space=\"preserve\">").text(text).raw("</w:t></w:r>");
        }
    }
}
