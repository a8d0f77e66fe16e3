package imprint.render.docx;

import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import imprint.plan.PlannedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one DOCX render accumulates: bookmark names for the headings, the notes already
 * referenced from the text, drawing and bookmark ids, and the media parts. Everything here is
 * linear in the document: a bookmark name is found in amortized constant time even when
 * 100,000 headings share one name.
 */
final class DocxState {
    /** Word's limit on bookmark names. */
    static final int BOOKMARK_MAX = 40;

    /** One embedded image file and its part name under {@code word/}. */
    record Media(PlannedImage image, String name) {
    }

    private final DocumentPlan plan;
    private final Profile profile;
    private final Map<String, String> bookmarks = new HashMap<>();
    private final Set<String> bookmarkNames = new HashSet<>();
    private final Set<String> bookmarksWritten = new HashSet<>();
    /** For each sanitized name, the next suffix to try: keeps repeated names linear. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    /** Footnote ids by note number: 1, 2, 3 ... in the order the text first references them, as Word numbers them. */
    private final Map<Integer, Integer> footnoteIds = new HashMap<>();
    private final List<Notes.Note> footnotes = new ArrayList<>();
    /** Marks of notes referenced only from inside notes: a, b, c ... */
    private final Map<Integer, String> innerMarks = new HashMap<>();
    private final Map<PlannedImage, Media> media = new IdentityHashMap<>();
    private final List<Media> mediaInOrder = new ArrayList<>();
    private BookSections sections;
    private long drawingId;
    private long bookmarkId;

    DocxState(DocumentPlan plan, Profile profile) {
        this.plan = plan;
        this.profile = profile;
    }

    DocumentPlan plan() {
        return plan;
    }

    Profile profile() {
        return profile;
    }

    /** A book's sections, or null: the main text closes a section before each chapter. */
    BookSections sections() {
        return sections;
    }

    void sections(BookSections s) {
        sections = s;
    }

    double textWidthPt() {
        return profile.page().textWidthPt();
    }

    /**
     * Registers a heading id and returns its Word bookmark name: letters, digits and
     * underscores, starting with a letter, at most 40 characters, unique in the document.
     */
    String addBookmark(String headingId) {
        String known = bookmarks.get(headingId);
        if (known != null) {
            return known;
        }
        StringBuilder sb = new StringBuilder(Math.min(headingId.length(), BOOKMARK_MAX) + 2);
        for (int i = 0; i < headingId.length() && sb.length() < BOOKMARK_MAX; i++) {
            char c = headingId.charAt(i);
            sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, "h_");
        }
        String base = sb.length() > BOOKMARK_MAX ? sb.substring(0, BOOKMARK_MAX) : sb.toString();
        String name = base;
        if (!bookmarkNames.add(name)) {
            int n = nextSuffix.getOrDefault(base, 2);
            do {
                String suffix = "_" + n++;
                name = base.substring(0, Math.min(base.length(), BOOKMARK_MAX - suffix.length())) + suffix;
            } while (!bookmarkNames.add(name));
            nextSuffix.put(base, n);
        }
        bookmarks.put(headingId, name);
        return name;
    }

    /** The bookmark of a heading id, or null when no heading has it. */
    String bookmarkFor(String headingId) {
        String name = bookmarks.get(headingId);
        return name != null || plan.anchorBlock(headingId) < 0 ? name : addBookmark(headingId);
    }

    /**
     * The bookmark to write at a heading, or null when a heading with the same id already
     * has it (bookmark names are unique in a document).
     */
    String claimBookmark(String headingId) {
        String name = addBookmark(headingId);
        return bookmarksWritten.add(name) ? name : null;
    }

    long nextBookmarkId() {
        return ++bookmarkId;
    }

    long nextDrawingId() {
        return ++drawingId;
    }

    /**
     * A reference to a note from the text: the new footnote's id the first time, 0 when the
     * note was referenced before (Word gives each note exactly one reference, so a second one
     * is written as the note's number). Ids are the numbers Word shows: 1, 2, 3 ... in the
     * order of the references.
     */
    int referenceNote(Notes.Note note) {
        if (footnoteIds.containsKey(note.number())) {
            return 0;
        }
        int id = footnotes.size() + 1;
        footnoteIds.put(note.number(), id);
        footnotes.add(note);
        return id;
    }

    /** The footnote id (and number shown) of a note the text references, else 0. */
    int footnoteId(Notes.Note note) {
        return footnoteIds.getOrDefault(note.number(), 0);
    }

    /** The notes the text references, in footnote id order. */
    List<Notes.Note> footnotes() {
        return footnotes;
    }

    /**
     * The mark of a note referenced only from inside notes ("a", "b" ... "z", "aa" ...), the
     * same for every reference; {@code isNew} is told when the note is met for the first time.
     */
    String innerMark(Notes.Note note, Runnable isNew) {
        String mark = innerMarks.get(note.number());
        if (mark == null) {
            StringBuilder sb = new StringBuilder();
            for (int n = innerMarks.size(); n >= 0; n = n / 26 - 1) {
                sb.insert(0, (char) ('a' + n % 26));
            }
            mark = sb.toString();
            innerMarks.put(note.number(), mark);
            isNew.run();
        }
        return mark;
    }

    /** The media part for an image, created on first use: {@code media/image1.png} ... */
    Media media(PlannedImage image) {
        return media.computeIfAbsent(image, i -> {
            Media m = new Media(i, "media/image" + (mediaInOrder.size() + 1) + (i.resource().isPng() ? ".png" : ".jpeg"));
            mediaInOrder.add(m);
            return m;
        });
    }

    /** The media parts in the order they were first used. */
    List<Media> media() {
        return mediaInOrder;
    }
}
