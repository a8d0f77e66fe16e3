package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits text into pieces that one face can show: the wanted face where it has the glyph,
 * else the other bundled families, else a font found on the system; a character no font has becomes U+FFFD (or '?') and is
 * remembered so the document reports it once.
 */
public final class Glyphs {
    private final FontSet fonts;
    private final Set<Integer> missing = new TreeSet<>();
    /** The language of the text being set (the passage's, else the document's): picks the CJK variant. */
    private String language;

    public Glyphs(FontSet fonts) {
        this(fonts, null);
    }

    public Glyphs(FontSet fonts, String language) {
        this.fonts = fonts;
        this.language = language;
    }

    /** Sets the language of the text that follows; returns the one it replaces. */
    public String language(String lang) {
        String was = language;
        language = lang;
        return was;
    }

    public String language() {
        return language;
    }

    /** The direction given to the text that follows ("rtl", "ltr" or null: from its characters). */
    private String direction;

    /** Sets the explicit direction of the text that follows; returns the one it replaces. */
    public String direction(String dir) {
        String was = direction;
        direction = dir;
        return was;
    }

    public String direction() {
        return direction;
    }

    /**
     * Enters a passage: its language and direction (each "" to keep the surrounding one) for
     * the text that follows; running what it returns restores the surrounding ones.
     */
    public Runnable enter(String lang, String dir) {
        String l = language;
        String d = direction;
        if (!lang.isEmpty()) {
            language = lang;
        }
        if (!dir.isEmpty()) {
            direction = dir;
        }
        return () -> {
            language = l;
            direction = d;
        };
    }

    /** A piece of text in one face. */
    public record Piece(String text, Face face) {
    }

    public List<Piece> split(String text, Face wanted) {
        List<Piece> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        Face curFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // Marks and joiners stay with their base; shared punctuation (the danda, a comma)
            // after text in a script face stays in that face.
            boolean keep = curFace != null && (ScriptFaces.clings(cp) || curFace.script() && ScriptFaces.shared(cp));
            Face f = keep && fonts.metrics(curFace).canDisplay(cp) ? curFace : faceFor(cp, wanted);
            String s = new String(Character.toChars(cp));
            if (f == null) {
                missing.add(cp);
                f = wanted;
                s = fonts.metrics(wanted).canDisplay(0xFFFD) ? "\uFFFD" : "?";
            }
            if (curFace != null && f != curFace) {
                out.add(new Piece(cur.toString(), curFace));
                cur.setLength(0);
            }
            curFace = f;
            cur.append(s);
        }
        if (cur.length() > 0) {
            out.add(new Piece(cur.toString(), curFace));
        }
        return out;
    }

    private Face faceFor(int cp, Face wanted) {
        // A script face is asked first for its own script, so that e.g. Arabic digits and
        // punctuation come from the Arabic face rather than whichever text family has them.
        Face script = ScriptFaces.regularFor(cp, language);
        boolean own = script != null && Character.UnicodeScript.of(cp) != Character.UnicodeScript.COMMON
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.INHERITED;
        if (own && fonts.hasScriptFaces()) {
            Face f = script.with(wanted.bold(), false);
            if (fonts.metrics(f).canDisplay(cp)) {
                return f;
            }
        }
        if (fonts.metrics(wanted).canDisplay(cp)) {
            return wanted;
        }
        for (Face f : wanted.fallbacks()) {
            if (fonts.metrics(f).canDisplay(cp)) {
                return f;
            }
        }
        if (script != null && !own && fonts.hasScriptFaces()) {
            Face f = script.with(wanted.bold(), false);
            if (fonts.metrics(f).canDisplay(cp)) {
                return f;
            }
        }
        return fonts.systemFaceFor(cp);
    }

    public Set<Integer> missing() {
        return missing;
    }

    public FontSet fonts() {
        return fonts;
    }
}
