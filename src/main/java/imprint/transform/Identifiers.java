package imprint.transform;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Inlines;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every heading a unique, stable identifier usable as an XML id and as a PDF named
 * destination: existing unique ids are kept, the others become pandoc-like slugs of the
 * heading text ("Level three" becomes {@code level-three}, duplicates {@code -1}, {@code -2}).
 * {@code #fragment} links written against GitHub-style or pandoc-style slugs, or against an
 * id that had to change, are pointed at the new ids. A pure function of the document.
 */
public final class Identifiers {
    private static final Pattern VALID_ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}_.\\-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Identifiers() {
    }

    /** The document with an id on every heading and internal links fixed up. */
    public static Document apply(Document doc) {
        List<Block.Heading> headings = new ArrayList<>();
        new Rewriter() {
            @Override
            List<Inline> inlines(List<Inline> content) {
                return content;
            }

            @Override
            Block.Heading heading(Block.Heading h) {
                headings.add(h);
                return h;
            }
        }.apply(doc);

        List<String> ids = assign(headings);
        Map<String, String> aliases = aliases(headings, ids);
        Set<String> idSet = new HashSet<>(ids);
        int[] next = {0};
        return new Rewriter() {
            @Override
            List<Inline> inlines(List<Inline> content) {
                return InlineTree.map(content, in -> in, l -> retarget(l, idSet, aliases));
            }

            @Override
            Block.Heading heading(Block.Heading h) {
                return h.withId(ids.get(next[0]++));
            }
        }.apply(doc);
    }

    private static List<String> assign(List<Block.Heading> headings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block.Heading h : headings) {
            counts.merge(h.id(), 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        for (Block.Heading h : headings) {
            if (keeps(h, counts)) {
                used.add(h.id());
            }
        }
        List<String> ids = new ArrayList<>();
        // The next suffix to try per slug: every suffix below it is taken (the used set only
        // grows), so resuming there gives the ids a scan from 1 would, without the scan that
        // made 100,000 identical headings cost 5 billion look-ups.
        Map<String, Integer> nextSuffix = new HashMap<>();
        for (Block.Heading h : headings) {
            if (keeps(h, counts)) {
                ids.add(h.id());
                continue;
            }
            String base = slug(Inlines.plainText(h.content()));
            String id = base;
            int k = nextSuffix.getOrDefault(base, 1);
            if (used.contains(id)) {
                do {
                    id = base + "-" + k++;
                } while (used.contains(id));
                nextSuffix.put(base, k);
            }
            used.add(id);
            ids.add(id);
        }
        return ids;
    }

    private static boolean keeps(Block.Heading h, Map<String, Integer> counts) {
        return !h.id().isEmpty() && counts.get(h.id()) == 1 && VALID_ID.matcher(h.id()).matches();
    }

    /** Other names a link may use for a heading: its GitHub slug, its plain slug, its old id. */
    private static Map<String, String> aliases(List<Block.Heading> headings, List<String> ids) {
        Map<String, String> aliases = new HashMap<>();
        Map<String, Integer> githubSeen = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Block.Heading h = headings.get(i);
            String text = Inlines.plainText(h.content());
            String gh = githubSlug(text);
            int n = githubSeen.merge(gh, 1, Integer::sum) - 1;
            aliases.putIfAbsent(n == 0 ? gh : gh + "-" + n, ids.get(i));
            aliases.putIfAbsent(slug(text), ids.get(i));
            if (!h.id().isEmpty()) {
                aliases.putIfAbsent(h.id(), ids.get(i));
            }
        }
        return aliases;
    }

    private static Inline.Link retarget(Inline.Link l, Set<String> ids, Map<String, String> aliases) {
        if (!l.isInternal()) {
            return l;
        }
        String fragment = l.target().substring(1);
        if (ids.contains(fragment)) {
            return l;
        }
        String to = aliases.get(fragment);
        if (to == null) {
            to = aliases.get(decode(fragment));
        }
        return to == null ? l : new Inline.Link("#" + to, l.title(), l.content());
    }

    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    /**
     * A pandoc-like slug: accents stripped, lower case, letters and digits kept (non-Latin
     * letters too), runs of spaces, hyphens, underscores and dots become one hyphen
     * ("Section 1.1" is {@code section-1-1}), everything
     * else is dropped. Empty becomes {@code section}; a slug that does not start with a letter
     * gets the prefix {@code h-}, so it is a valid XML name.
     */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String special = special(cp);
            if (special != null) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.append(special);
            } else if (Character.isLetterOrDigit(cp)) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '\u2013' || cp == '\u2014') {
                hyphen = true;
            }
        }
        String slug = sb.toString();
        if (slug.isEmpty()) {
            return "section";
        }
        return Character.isLetter(slug.codePointAt(0)) ? slug : "h-" + slug;
    }

    /** Latin letters that do not decompose into a base letter and a mark. */
    private static String special(int cp) {
        switch (cp) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ø': return "o";
            case 'đ': return "d";
            case 'ð': return "d";
            case 'ł': return "l";
            case 'þ': return "th";
            case 'ı': return "i";
            default: return null;
        }
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, each space a hyphen. */
    static String githubSlug(String text) {
        StringBuilder sb = new StringBuilder();
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                sb.append('-');
            } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_'
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
