package imprint.read;

import imprint.read.html.HtmlReader;
import imprint.read.markdown.MarkdownReader;
import imprint.read.nitf.NitfReader;
import imprint.read.ninjs.NinjsReader;
import imprint.read.text.PlainTextReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source formats imprint reads. Text and Markdown are known by their extension; NITF, ninjs
 * and HTML by their content ({@link #detect}), so a day's wire folder of {@code .xml},
 * {@code .json} and {@code .html} files (or files named otherwise) is read right.
 */
public enum InputFormat {
    /** Plain-text articles ({@code .txt}). */
    TEXT(List.of(".txt")),
    /** CommonMark with GitHub extensions and YAML front matter ({@code .md}, {@code .markdown}). */
    MARKDOWN(List.of(".md", ".markdown")),
    /** NITF 3.x news stories: XML whose root is {@code <nitf>} ({@code .xml}, {@code .nitf}). */
    NITF(List.of(".xml", ".nitf")),
    /** IPTC ninjs 1.x and 2.x news items: a JSON object ({@code .json}, {@code .ninjs}). */
    NINJS(List.of(".json", ".ninjs")),
    /** HTML articles as a CMS exports them ({@code .html}, {@code .htm}). */
    HTML(List.of(".html", ".htm", ".xhtml"));

    /** How much of a file {@link #detect} looks at. */
    public static final int SNIFF_BYTES = 8192;
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    /** Fields only a ninjs item has (or that together make one). */
    private static final Pattern NINJS_KEYS = Pattern.compile(
            "\"(?:uri|headline|headlines|body_html|body_text|bodies|byline|bylines|versioncreated|associations"
                    + "|renditions|pubstatus|slugline)\"\\s*:");

    private final List<String> extensions;

    InputFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension names (case-insensitive), if imprint reads it. */
    public static Optional<InputFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** What {@link #detect} decided: a format, or why the file is not one imprint reads. */
    public record Detection(Optional<InputFormat> format, String problem) {
        static Detection of(InputFormat f) {
            return new Detection(Optional.of(f), null);
        }

        static Detection not(String problem) {
            return new Detection(Optional.empty(), problem);
        }
    }

    /**
     * The format of a file by its content first, its extension second: XML whose root element
     * is {@code nitf} is NITF, a JSON object with ninjs fields is ninjs, a page with an HTML
     * doctype or root is HTML, whatever the file is called; otherwise {@code .txt}, {@code .md}
     * and {@code .markdown} are text and Markdown. A {@code .xml}, {@code .json} or
     * {@code .html} file whose content is not what imprint reads is refused with the reason.
     *
     * @param head the file's first bytes (at least {@link #SNIFF_BYTES} when it has them)
     */
    public static Detection detect(String fileName, byte[] head) {
        String s = sniffText(head);
        Optional<InputFormat> byName = forFileName(fileName);
        if (s.startsWith("<")) {
            String root = rootElement(s);
            if (root.equals("nitf")) {
                return Detection.of(NITF);
            }
            if (root.equalsIgnoreCase("html") || s.regionMatches(true, 0, "<!doctype html", 0, 14)) {
                return Detection.of(HTML);
            }
            if (byName.orElse(null) == HTML) {
                return Detection.of(HTML); // a fragment: <article>, <p>...
            }
            if (byName.orElse(null) == NITF) {
                return Detection.not(root.isEmpty() ? "not XML with a root element"
                        : "XML, but not a NITF story (the root element is <" + root + ">)");
            }
        } else if (s.startsWith("{")) {
            if (NINJS_KEYS.matcher(s).find()) {
                return Detection.of(NINJS);
            }
            if (byName.orElse(null) == NINJS) {
                return Detection.not("JSON, but not a ninjs news item (no uri, headline or body field)");
            }
        }
        if (byName.isPresent() && (byName.get() == TEXT || byName.get() == MARKDOWN)) {
            return Detection.of(byName.get());
        }
        if (byName.isPresent()) {
            return Detection.not(switch (byName.get()) {
                case NITF -> "not XML: a NITF story starts with '<'";
                case NINJS -> "not a JSON object: a ninjs item starts with '{'";
                default -> "not HTML";
            });
        }
        return Detection.not("unsupported file type (expected .txt, .md, .markdown, or a NITF, ninjs or HTML file)");
    }

    /** The file's start as text for sniffing: BOM and leading white space, comments and the XML declaration skipped. */
    private static String sniffText(byte[] head) {
        String s;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            s = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            s = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else {
            // Latin-1 never fails, and every marker looked for is ASCII.
            s = new String(head, StandardCharsets.ISO_8859_1);
            if (s.startsWith("\u00EF\u00BB\u00BF")) {
                s = s.substring(3);
            }
        }
        s = s.stripLeading();
        while (true) {
            if (s.startsWith("<?")) {
                int end = s.indexOf("?>");
                s = end < 0 ? "" : s.substring(end + 2).stripLeading();
            } else if (s.startsWith("<!--")) {
                int end = s.indexOf("-->");
                s = end < 0 ? "" : s.substring(end + 3).stripLeading();
            } else {
                return s;
            }
        }
    }

    private static String rootElement(String s) {
        String t = s;
        if (t.regionMatches(true, 0, "<!doctype", 0, 9)) {
            Matcher dt = Pattern.compile("(?i)^<!doctype\\s+([\\w.:-]+)").matcher(t);
            if (dt.find()) {
                return dt.group(1);
            }
        }
        Matcher m = ROOT.matcher(t);
        return m.find() ? m.group(1) : "";
    }

    /** Whether the content, not the text of the file, decides: the markup and JSON formats. */
    public boolean structured() {
        return this == NITF || this == NINJS || this == HTML;
    }

    /** A reader for this format (readers are stateless; a fresh one is cheap). */
    public DocumentReader reader() {
        return switch (this) {
            case TEXT -> new PlainTextReader();
            case MARKDOWN -> new MarkdownReader();
            case NITF -> new NitfReader();
            case NINJS -> new NinjsReader();
            case HTML -> new HtmlReader();
        };
    }
}
