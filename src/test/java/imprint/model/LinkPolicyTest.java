package imprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.LinkPolicy.Kind;
import org.junit.jupiter.api.Test;

/** The one rule for links and image sources, case by case. */
class LinkPolicyTest {
    @Test
    void clickableOnlyForVettedSchemesWrittenCleanly() {
        assertEquals(Kind.EXTERNAL, LinkPolicy.classify("https://example.org/a?b=c#d"));
        assertEquals(Kind.EXTERNAL, LinkPolicy.classify("HTTP://EXAMPLE.ORG"));
        assertEquals(Kind.EXTERNAL, LinkPolicy.classify("mailto:ada@example.org"));
        assertEquals(Kind.EXTERNAL, LinkPolicy.classify("tel:+33123456789"));
        assertEquals(Kind.INTERNAL, LinkPolicy.classify("#introduction"));
        assertEquals(Kind.TEXT_ONLY, LinkPolicy.classify("other.html"));
        assertEquals(Kind.TEXT_ONLY, LinkPolicy.classify("https://exa mple.org"), "white space: not a URI");
        assertEquals(Kind.TEXT_ONLY, LinkPolicy.classify("https://example.org/<x>"));
        assertEquals(Kind.TEXT_ONLY, LinkPolicy.classify("https:"), "a scheme alone");
    }

    @Test
    void dangerousAndUnknownSchemesAreUnsafe() {
        for (String t : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)",
                " javascript:alert(1)", "data:text/html,<b>", "vbscript:x", "file:///etc/passwd", "ftp://example.org/f",
                "", "#", "\u0000javascript:x"}) {
            assertEquals(Kind.UNSAFE, LinkPolicy.classify(t), t);
            assertFalse(LinkPolicy.safeLink(t), t);
        }
    }

    @Test
    void imagesMayBeLocalOrWebOnly() {
        assertTrue(LinkPolicy.safeImage("images/a.png"));
        assertTrue(LinkPolicy.safeImage("https://example.org/a.png"));
        assertFalse(LinkPolicy.safeImage("mailto:a@b"));
        assertFalse(LinkPolicy.safeImage("data:image/png;base64,AAAA"));
        assertFalse(LinkPolicy.safeImage("javascript:x"));
    }
}
