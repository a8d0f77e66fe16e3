package imprint.render.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Style's hand-written equality: equal in every component, or not equal. */
class StyleTest {
    @Test
    void equalityCoversEveryComponent() {
        Style base = new Style(Face.SERIF, 10, "#a", false, 0, 0f);
        Style same = new Style(Face.SERIF, 10, new String("#a"), false, 0, 0f);
        assertEquals(base, same);
        assertEquals(base.hashCode(), same.hashCode());
        for (Style other : List.of(new Style(Face.SANS, 10, "#a", false, 0, 0f), new Style(Face.SERIF, 11, "#a", false, 0, 0f),
                new Style(Face.SERIF, 10, null, false, 0, 0f), new Style(Face.SERIF, 10, "#a", true, 0, 0f),
                new Style(Face.SERIF, 10, "#a", false, 2, 0f), new Style(Face.SERIF, 10, "#a", false, 0, 0.5f))) {
            assertNotEquals(base, other, other.toString());
        }
        assertNotEquals(base, null);
        assertEquals(new Style(Face.SERIF, 10, null, false, 0, 0f), Style.of(Face.SERIF, 10));
    }
}
