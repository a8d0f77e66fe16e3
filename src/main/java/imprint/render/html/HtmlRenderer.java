package imprint.render.html;

import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.plan.Outline;
import imprint.plan.PlannedImage;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import imprint.render.xhtml.BodyWriter;
import imprint.render.xhtml.Dialect;
import imprint.render.xhtml.Placement;
import imprint.render.xhtml.XhtmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;

/**
 * One self-contained HTML5 page per document: the stylesheet inline (responsive, with a print
 * stylesheet), images embedded as data URLs, a title block, an optional contents list, the body
 * as the EPUB has it, and the footnotes as a list of notes with links back to each reference.
 * What a newsroom pastes into its CMS and what a reader opens in a browser.
 */
public final class HtmlRenderer implements Renderer {
    private static final String STYLESHEET = load("/imprint/html/style.css");
    /** Heading levels listed in the contents. */
    private static final int CONTENTS_DEPTH = 3;

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        XhtmlWriter w = new XhtmlWriter(false);
        head(w, plan);
        w.open("body").newline().open("article").newline();
        titleBlock(w, plan);
        if (plan.options().toc() == RenderOptions.Toc.ON) {
            contents(w, plan.outline().upTo(CONTENTS_DEPTH));
        }
        Placement placement = new Placement() {
            @Override
            public String internalHref(LinkTarget target) {
                return "#" + target.id();
            }

            @Override
            public String noteHref(Notes.Note note) {
                return "#fn-" + note.number();
            }

            @Override
            public String imageSrc(String source) {
                return plan.image(source).map(HtmlRenderer::dataUrl).orElse(null);
            }
        };
        BodyWriter body = new BodyWriter(w, Dialect.HTML, plan, placement, new HashMap<>());
        body.blocks(plan.blocks());
        if (!plan.notes().isEmpty()) {
            w.newline().open("section", "class", "footnotes", "role", "doc-endnotes", "aria-labelledby", "notes-title")
                    .newline().element("h2", "Notes", "id", "notes-title").newline().open("ol");
            for (Notes.Note note : plan.notes().inOrder()) {
                w.newline().open("li", "id", "fn-" + note.number());
                body.endnoteText(note);
                w.close("li");
            }
            w.newline().close("ol").newline().close("section");
        }
        if (!plan.metadata().copyright().isBlank()) {
            w.newline().element("p", plan.metadata().copyright(), "class", "copyright");
        }
        w.newline().close("article").newline().close("body").newline().close("html").newline();
        out.write(w.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void head(XhtmlWriter w, DocumentPlan plan) {
        Metadata m = plan.metadata();
        w.markup("<!DOCTYPE html>\n");
        w.open("html", "lang", plan.language(), "dir", imprint.text.BidiText.rtlLanguage(plan.language()) ? "rtl" : null).newline();
        w.open("head").newline();
        w.empty("meta", "charset", "utf-8").newline();
        w.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        w.element("title", plan.title()).newline();
        if (!m.authors().isEmpty()) {
            w.empty("meta", "name", "author", "content", String.join(", ", m.authors())).newline();
        }
        if (!m.description().isBlank()) {
            w.empty("meta", "name", "description", "content", m.description()).newline();
        }
        if (!m.keywords().isEmpty()) {
            w.empty("meta", "name", "keywords", "content", String.join(", ", m.keywords())).newline();
        }
        w.empty("meta", "name", "generator", "content", "imprint").newline();
        w.open("style").markup(STYLESHEET).close("style").newline();
        w.close("head").newline();
    }

    private static void titleBlock(XhtmlWriter w, DocumentPlan plan) {
        Metadata m = plan.metadata();
        w.open("header", "class", "title-block").newline();
        w.element("h1", plan.title(), "class", "title").newline();
        if (!m.subtitle().isBlank()) {
            w.element("p", m.subtitle(), "class", "subtitle").newline();
        }
        if (m.hasRoleLines()) {
            // Names and role on separate lines, as a newspaper prints a byline.
            w.open("p", "class", "byline");
            bylineLines(w, m);
            w.close("p").newline();
            if (!m.date().isBlank()) {
                w.open("p", "class", "byline");
                date(w, m.date(), plan.displayDate());
                w.close("p").newline();
            }
        } else if (!m.authors().isEmpty() || !m.date().isBlank()) {
            w.open("p", "class", "byline");
            if (!m.authors().isEmpty()) {
                w.element("span", String.join(", ", m.authors()), "class", "author");
            }
            if (!m.authors().isEmpty() && !m.date().isBlank()) {
                w.text(" \u00B7 ");
            }
            if (!m.date().isBlank()) {
                date(w, m.date(), plan.displayDate());
            }
            w.close("p").newline();
        }
        w.close("header").newline();
    }

    /** Each run of names, then its job title and affiliation, each on its own line. */
    private static void bylineLines(XhtmlWriter w, Metadata m) {
        List<imprint.model.Contributor> cs = m.contributors();
        int i = 0;
        boolean firstLine = true;
        while (i < cs.size()) {
            int j = i + 1;
            while (j < cs.size() && cs.get(j).roleLine().equals(cs.get(i).roleLine())) {
                j++;
            }
            if (!firstLine) {
                w.empty("br");
            }
            w.element("span", imprint.model.ModelText.names(cs.subList(i, j)), "class", "author");
            if (!cs.get(i).roleLine().isEmpty()) {
                w.empty("br");
                w.element("span", cs.get(i).roleLine(), "class", "role");
            }
            firstLine = false;
            i = j;
        }
    }

    private static void date(XhtmlWriter w, String date, String shown) {
        String iso = isoDate(date);
        if (iso != null) {
            w.element("time", shown, "datetime", iso, "class", "date");
        } else {
            w.element("span", shown, "class", "date");
        }
    }

    private static void contents(XhtmlWriter w, List<Outline.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        w.open("nav", "class", "contents", "role", "doc-toc", "aria-labelledby", "contents-title").newline();
        w.element("h2", "Contents", "id", "contents-title").newline().open("ul");
        for (Outline.Entry e : entries) {
            w.newline().open("li", "class", "level-" + e.level()).element("a", e.text(), "href", "#" + e.id()).close("li");
        }
        w.newline().close("ul").newline().close("nav").newline();
    }

    /** A date the {@code time} element accepts (YYYY, YYYY-MM, YYYY-MM-DD, or a date-time), else null. */
    static String isoDate(String date) {
        String d = date.strip();
        if (d.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            return d;
        }
        if (d.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})")) {
            return d;
        }
        return null;
    }

    private static String dataUrl(PlannedImage image) {
        return "data:" + image.resource().mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(image.resource().bytes());
    }

    private static String load(String resource) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
