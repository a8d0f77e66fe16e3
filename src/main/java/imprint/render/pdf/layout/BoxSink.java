package imprint.render.pdf.layout;

import java.util.List;
import java.util.Map;

/**
 * Receives the layout a top-level block at a time, so that pages can be filled and drawn
 * while the rest of the document is still being laid out and memory stays bounded by the
 * longest block, not the document.
 */
@FunctionalInterface
public interface BoxSink {
    /**
     * @param boxes    the boxes of one top-level block (or of the title block)
     * @param newNotes the footnotes these boxes are the first to reference, by number
     */
    void accept(List<VBox> boxes, Map<Integer, List<VBox>> newNotes);
}
