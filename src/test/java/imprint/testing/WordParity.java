package imprint.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xml.sax.InputSource;

/**
 * Word parity: the share of a source's words (as a multiset) that come back from an exported
 * file, read with the format's own tools (PDFBox's text stripper, POI's extractor, the Nu HTML
 * parser for the web page and each EPUB chapter). Words are runs of letters and digits,
 * compared case-folded, so typography (curly quotes, dashes) and line breaking cannot hide or
 * fake a loss. The source's words are taken by the caller from the source file with its own
 * means, never from our model.
 */
public final class WordParity {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private WordParity() {
    }

    /** The words of a text, case-folded, soft hyphens removed. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace("\u00AD", "").toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The share of {@code source} words found in {@code output} (each occurrence counted once). */
    public static double parity(List<String> source, List<String> output) {
        Map<String, Integer> have = new HashMap<>();
        output.forEach(w -> have.merge(w, 1, Integer::sum));
        int found = 0;
        for (String w : source) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                found++;
                have.put(w, n - 1);
            }
        }
        return source.isEmpty() ? 1 : (double) found / source.size();
    }

    /** The source words missing from the output (for failure messages). */
    public static List<String> missing(List<String> source, List<String> output) {
        Map<String, Integer> have = new HashMap<>();
        output.forEach(w -> have.merge(w, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String w : source) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                have.put(w, n - 1);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    public static String pdfText(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // a word broken at a drawn hyphen is one word
            return new PDFTextStripper().getText(d).replaceAll("(\\p{L})[-\u2010\u00AD]\\s*\\n\\s*(\\p{Ll})", "$1$2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docxText(byte[] docx) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String htmlText(byte[] html) {
        try {
            org.w3c.dom.Document dom = new HtmlDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(html)));
            StringBuilder sb = new StringBuilder();
            spaced(dom.getElementsByTagName("body").item(0), sb);
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every content document of the EPUB (title page and chapters), in zip order. */
    public static String epubText(byte[] epub) {
        try {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, byte[]> f : ZipFiles.read(epub).entrySet()) {
                if (f.getKey().endsWith(".xhtml") && !f.getKey().endsWith("nav.xhtml")) {
                    sb.append(htmlText(f.getValue())).append(' ');
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text content with a space at every element boundary, so adjacent blocks do not fuse words. */
    private static void spaced(org.w3c.dom.Node n, StringBuilder sb) {
        java.util.ArrayDeque<org.w3c.dom.Node> stack = new java.util.ArrayDeque<>();
        stack.push(n);
        while (!stack.isEmpty()) {
            org.w3c.dom.Node x = stack.pop();
            if (x.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                sb.append(x.getNodeValue());
            } else {
                sb.append(' ');
                org.w3c.dom.NodeList kids = x.getChildNodes();
                for (int i = kids.getLength() - 1; i >= 0; i--) {
                    stack.push(kids.item(i));
                }
            }
        }
    }
}
