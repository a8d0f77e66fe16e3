package imprint.read.text;

import imprint.model.Contributor;
import java.util.List;
import java.util.Optional;

/** The plain-text byline rules, for readers of other formats whose bylines are free text. */
public final class Bylines {
    private Bylines() {
    }

    /**
     * The contributors a byline names ("By A and B, Associated Press"; the "By" may be
     * missing), or empty when it does not read as one.
     */
    public static Optional<List<Contributor>> parse(String byline) {
        String s = byline.strip();
        return Byline.parse(s.regionMatches(true, 0, "by ", 0, 3) ? s : "By " + s);
    }
}
