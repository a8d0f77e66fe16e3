package imprint.read.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Pandoc's fenced divs, {@code ::: {lang=he dir=rtl}} ... {@code :::}, for passages in another
 * language or direction; other attributes are ignored. A div ends at the next fence line (divs
 * do not nest).
 */
final class FencedDivs {
    private static final Pattern OPEN = Pattern.compile("^:{3,}\\s*\\{([^}]*)\\}\\s*:*\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^:{3,}\\s*$");

    private FencedDivs() {
    }

    /** A fenced div with its language and direction ("" when not given). */
    static final class Div extends CustomBlock {
        final String lang;
        final String dir;

        Div(String lang, String dir) {
            this.lang = lang;
            this.dir = dir;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
            Matcher m = OPEN.matcher(rest);
            if (!m.matches()) {
                return BlockStart.none();
            }
            Attributes a = Attributes.parse(m.group(1));
            return BlockStart.of(new Parser(new Div(a.lang(), a.dir()))).atIndex(line.length());
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final Div block;

        Parser(Div block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
            if (state.getIndent() < 4 && CLOSE.matcher(rest).matches()) {
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    /** The lang= and dir= of a pandoc attribute list ({@code lang=ar dir="rtl" .class #id}). */
    record Attributes(String lang, String dir) {
        private static final Pattern PAIR = Pattern.compile("(lang|dir)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
        private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

        static Attributes parse(String s) {
            String lang = "";
            String dir = "";
            Matcher m = PAIR.matcher(s);
            while (m.find()) {
                String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                if (m.group(1).equals("lang") && TAG.matcher(v).matches()) {
                    lang = v;
                } else if (m.group(1).equals("dir") && (v.equalsIgnoreCase("rtl") || v.equalsIgnoreCase("ltr"))) {
                    dir = v.toLowerCase(java.util.Locale.ROOT);
                }
            }
            return new Attributes(lang, dir);
        }

        boolean any() {
            return !lang.isEmpty() || !dir.isEmpty();
        }
    }
}
