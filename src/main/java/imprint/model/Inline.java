package imprint.model;

import java.util.List;
import java.util.Objects;

/**
 * Inline content: the runs of text inside a paragraph, heading, table cell and so on.
 * The hierarchy is closed; renderers implement {@link Visitor} so that a new node type
 * breaks every renderer's build until it is handled.
 */
public sealed interface Inline {

    <R> R accept(Visitor<R> visitor);

    /** One method per inline node type. */
    interface Visitor<R> {
        R visitText(Text text);

        R visitEmphasis(Emphasis emphasis);

        R visitStrong(Strong strong);

        R visitStrikethrough(Strikethrough strikethrough);

        R visitCode(Code code);

        R visitLink(Link link);

        R visitImage(Image image);

        R visitLineBreak(LineBreak lineBreak);

        R visitFootnoteRef(FootnoteRef footnoteRef);

        R visitSpan(Span span);
    }

    /** Plain text. Soft line breaks from the source are already spaces. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitText(this);
        }
    }

    /** Emphasised (usually italic) content. */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitEmphasis(this);
        }
    }

    /** Strongly emphasised (usually bold) content. */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStrong(this);
        }
    }

    /** Struck-through content. */
    record Strikethrough(List<Inline> content) implements Inline {
        public Strikethrough {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStrikethrough(this);
        }
    }

    /** A code span; its text is verbatim and never changed by transforms. */
    record Code(String code) implements Inline {
        public Code {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCode(this);
        }
    }

    /**
     * A hyperlink. {@code target} is an absolute URL ({@code https:}, {@code mailto:}) or an
     * internal reference {@code #id} to a heading id; readers drop unsafe schemes.
     */
    record Link(String target, String title, List<Inline> content) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(title, "title");
            content = List.copyOf(content);
        }

        /** True for {@code #fragment} links into this document. */
        public boolean isInternal() {
            return target.startsWith("#");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLink(this);
        }
    }

    /** An inline image; {@code source} is a path relative to the source document. */
    record Image(String source, String alt, String title) implements Inline {
        public Image {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(title, "title");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitImage(this);
        }
    }

    /** A hard line break inside a block. */
    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLineBreak(this);
        }
    }

    /** A reference to the {@link Block.FootnoteDefinition} with the same label. */
    record FootnoteRef(String label) implements Inline {
        public FootnoteRef {
            Objects.requireNonNull(label, "label");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFootnoteRef(this);
        }
    }

    /**
     * A passage in a language or direction of its own (Markdown: {@code [text]{lang=ar dir=rtl}}).
     *
     * @param lang a BCP 47 tag, or "" when only the direction is given
     * @param dir  "rtl", "ltr" or "" (then from the text's first strong character)
     */
    record Span(String lang, String dir, List<Inline> content) implements Inline {
        public Span {
            lang = lang == null ? "" : lang;
            dir = dir == null ? "" : dir;
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSpan(this);
        }
    }
}
