package imprint.model;

import java.util.Objects;

/**
 * A news story's dateline: where and when it was filed, and by whom. Readers keep its words as
 * the opening of the first paragraph too ({@code text} then a dash, as the wire sends it), so a
 * renderer that does not style datelines still shows them; renderers that do style the words of
 * {@code text} where the plan says they open a paragraph.
 *
 * @param text   the dateline as it opens the first paragraph, without the dash ("PARIS (AP)")
 * @param place  the place ("PARIS"), or empty
 * @param date   the date as written ("May 17"), or empty
 * @param source the agency or desk named in it ("AP"), or empty
 */
public record Dateline(String text, String place, String date, String source) {
    /** No dateline. */
    public static final Dateline NONE = new Dateline("", "", "", "");

    public Dateline {
        text = Objects.requireNonNull(text, "text").strip();
        place = Objects.requireNonNull(place, "place").strip();
        date = Objects.requireNonNull(date, "date").strip();
        source = Objects.requireNonNull(source, "source").strip();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public Dateline withText(String t) {
        return new Dateline(t, place, date, source);
    }
}
