package imprint.transform;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inlines;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading a unique, stable identifier in the style of pandoc and GitHub
 * ("Quotes and code" becomes {@code quotes-and-code}; repeats get {@code -1}, {@code -2}), valid
 * as an XML id, so links, bookmarks and EPUB fragments agree across formats.
 */
public final class Identifiers {
    private Identifiers() {
    }

    public static Document apply(Document doc) {
        Set<String> used = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        List<Block> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            out.add(b instanceof Block.Heading h ? h.withId(unique(h, used, counts)) : b);
        }
        // Headings only occur at the top level in both readers.
        return doc.withBlocks(out);
    }

    private static String unique(Block.Heading h, Set<String> used, Map<String, Integer> counts) {
        String base = h.id().isEmpty() ? slug(Inlines.plainText(h.content())) : h.id();
        String id = base;
        int n = counts.getOrDefault(base, 0);
        while (!used.add(id)) {
            n++;
            id = base + "-" + n;
        }
        counts.put(base, n);
        return id;
    }

    /** Lower-case letters and digits joined by hyphens; accents dropped; never empty. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < s.length() && sb.length() < 60; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.appendCodePoint(cp);
            } else if (cp == '-' || cp == '_' || Character.isWhitespace(cp)) {
                hyphen = true;
            }
        }
        String id = sb.toString();
        if (id.isEmpty()) {
            return "section";
        }
        return Character.isLetter(id.codePointAt(0)) ? id : "h-" + id;
    }
}
