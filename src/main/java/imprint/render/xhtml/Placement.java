package imprint.render.xhtml;

import imprint.plan.LinkTarget;
import imprint.plan.Notes;

/**
 * Where things live, as seen from the file being written: an EPUB spreads a document over
 * chapter files and stores images in the container, a web page holds everything in one file.
 */
public interface Placement {
    /** The href of an internal link target, or null when it cannot be reached from here. */
    String internalHref(LinkTarget target);

    /** The href of a note's text ({@code #fn-N} or {@code chapter-002.xhtml#fn-N}). */
    String noteHref(Notes.Note note);

    /** The href of a note's first reference, for the note's link back ({@code #fnref-N}, or in another file). */
    default String referenceHref(Notes.Note note) {
        return "#fnref-" + note.number();
    }

    /** The {@code src} for an image source as written in the document, or null when it cannot be shown. */
    String imageSrc(String source);
}
