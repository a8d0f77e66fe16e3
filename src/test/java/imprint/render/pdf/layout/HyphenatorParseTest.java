package imprint.render.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pattern-file reader on a small file that exercises each kind of line. */
class HyphenatorParseTest {
    private static final Hyphenator H = Hyphenator.parse(String.join("\n",
            "UTF-8",
            "LEFTHYPHENMIN 3",
            "RIGHTHYPHENMIN 2",
            "% a comment with digits 1a2b",
            "# another comment",
            "NOHYPHEN -,'",
            "NEXTLEVEL",
            "  a1b  ",
            "é1t\r",
            "e2f",
            "e1f",
            "g1h/x=y,1,2",
            "",
            "Kk1l").getBytes(StandardCharsets.UTF_8));

    @Test
    void valuesSitBetweenLettersAndTheMinimumsApply() {
        // a|b at 2 and 6; LEFTHYPHENMIN 3 drops the first.
        assertArrayEquals(new int[] {6}, H.points("aabbaabb"));
    }

    @Test
    void multiByteLettersCountAsOneCharacter() {
        assertArrayEquals(new int[] {3}, H.points("éééttt"));
    }

    @Test
    void repeatedPatternsKeepTheHigherValue() {
        assertArrayEquals(new int[0], H.points("eeefff"), "e2f then e1f: 2 (even) wins");
    }

    @Test
    void replacementPatternsAreSkippedAndCapitalsLowered() {
        assertArrayEquals(new int[0], H.points("ggghhh"));
        assertArrayEquals(new int[] {3}, H.points("kkklll"));
    }
}
