package imprint.render.pdf.layout;

import imprint.plan.DocumentPlan;
import java.util.HashMap;
import java.util.Map;

/**
 * What inline layout needs from the document as a whole: the plan (links, notes, images), the structure and,
 * filled in as references are laid out, the element that first refers to each note, which the
 * note's own element is placed in.
 */
final class RunContext {
    final DocumentPlan plan;
    /** Where inline layout adds its links and pictures. */
    final Structure structure;
    private final Map<Integer, Element> referrers = new HashMap<>();

    RunContext(DocumentPlan plan, Structure structure) {
        this.plan = plan;
        this.structure = structure;
    }

    void referenced(int note, Element from) {
        if (from != null) {
            referrers.putIfAbsent(note, from);
        }
    }

    /** The element that first referred to a note, or {@code fallback}. */
    Element referrer(int note, Element fallback) {
        return referrers.getOrDefault(note, fallback);
    }
}
