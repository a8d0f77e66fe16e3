package imprint.render.docx;

import imprint.plan.DocumentPlan;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What one DOCX render accumulates (bookmarks, footnote ids, drawing ids) and its plan and text width. */
final class DocxState {
    private final DocumentPlan plan;
    private final double textWidthPt;
    private final Map<String, String> bookmarks = new HashMap<>();
    private final Set<String> bookmarkNames = new HashSet<>();
    private final Map<String, BigInteger> footnotes = new HashMap<>();
    private long drawingId;
    private long bookmarkId;

    DocxState(DocumentPlan plan, double textWidthPt) {
        this.plan = plan;
        this.textWidthPt = textWidthPt;
    }

    DocumentPlan plan() {
        return plan;
    }

    double textWidthPt() {
        return textWidthPt;
    }

    /**
     * Registers a heading id and returns its Word bookmark name: letters, digits and
     * underscores, starting with a letter, at most 40 characters, unique.
     */
    String addBookmark(String headingId) {
        String base = headingId.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "h_" + base;
        }
        base = base.length() > 36 ? base.substring(0, 36) : base;
        String name = base;
        for (int n = 2; !bookmarkNames.add(name); n++) {
            name = base + "_" + n;
        }
        bookmarks.putIfAbsent(headingId, name);
        return name;
    }

    String bookmarkFor(String headingId) {
        return bookmarks.get(headingId);
    }

    BigInteger nextBookmarkId() {
        return BigInteger.valueOf(++bookmarkId);
    }

    long nextDrawingId() {
        return ++drawingId;
    }

    void putFootnote(String label, BigInteger id) {
        footnotes.put(label, id);
    }

    BigInteger footnoteId(String label) {
        return footnotes.get(label);
    }
}
