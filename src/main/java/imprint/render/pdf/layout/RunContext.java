package imprint.render.pdf.layout;

import imprint.plan.DocumentPlan;
import java.util.HashMap;
import java.util.Map;

/**
 * What inline layout needs from the document as a whole: the plan (links, notes, images) and,
 * filled in as references are laid out, the element that first refers to each note, which the
 * note's own element is placed in.
 */
final class RunContext {
    final DocumentPlan plan;
    private final Map<Integer, Tag> referrers = new HashMap<>();

    RunContext(DocumentPlan plan) {
        this.plan = plan;
    }

    void referenced(int note, Tag from) {
        if (from != null) {
            referrers.putIfAbsent(note, from);
        }
    }

    /** The element that first referred to a note, or {@code fallback}. */
    Tag referrer(int note, Tag fallback) {
        return referrers.getOrDefault(note, fallback);
    }
}
