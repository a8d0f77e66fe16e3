package imprint.render.pdf.layout;

import java.util.function.Function;

/**
 * The hyphenation patterns for the text being set: the document language's, or inside a
 * passage in another language (a German division of a French book) that language's. The
 * patterns are loaded by the caller's loader (layout reads no files); a language without
 * patterns keeps the surrounding ones off: {@link Hyphenator#NONE}.
 */
public final class Hyphenation {
    private Hyphenator current;
    private Function<String, Hyphenator> loader;

    Hyphenation(Hyphenator document) {
        this.current = document;
    }

    /** How a passage's patterns are found (by BCP 47 tag); without one, passages keep the document's. */
    public void loader(Function<String, Hyphenator> byLanguage) {
        this.loader = byLanguage;
    }

    Hyphenator current() {
        return current;
    }

    /** Enters a passage in a language ("" for the surrounding one); running the result leaves it. */
    Runnable enter(String lang) {
        if (lang.isEmpty() || loader == null) {
            return () -> { };
        }
        Hyphenator was = current;
        current = loader.apply(lang);
        return () -> current = was;
    }
}
