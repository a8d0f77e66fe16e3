package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.model.Metadata;
import imprint.read.DocumentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark with the GitHub extensions (tables, strikethrough, autolinks, task lists),
 * footnotes and YAML front matter. Raw HTML and unsafe links never reach the model; each drop
 * is reported. When the front matter has no title, a level-1 heading that opens the document
 * becomes the title. Stateless and thread-safe.
 *
 * <p>commonmark-java walks its tree recursively, so deeply nested input (thousands of
 * {@code >}) overflows a normal thread stack. Parsing therefore runs on a short-lived thread
 * with a large stack; if even that overflows, the input is read as plain paragraphs.
 */
public final class MarkdownReader implements DocumentReader {
    /** Stack for the parse thread: enough for 20,000 nested quotes or lists. */
    static final long PARSE_STACK_BYTES = 512L << 20;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    AutolinkExtension.create(), TaskListItemsExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .customBlockParserFactory(new FencedDivs.Factory())
            .build();

    private final long parseStackBytes;

    public MarkdownReader() {
        this(PARSE_STACK_BYTES);
    }

    /** For tests: a small stack forces the plain-paragraph fallback. */
    MarkdownReader(long parseStackBytes) {
        this.parseStackBytes = parseStackBytes;
    }

    @Override
    public Document read(String text, Diagnostics diagnostics) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normal.startsWith("\uFEFF")) {
            normal = normal.substring(1);
        }
        FrontMatter.Split split = FrontMatter.split(normal);
        Optional<Metadata> front = split.present() ? FrontMatter.read(split.yaml(), diagnostics) : Optional.empty();
        Metadata meta = front.orElse(Metadata.EMPTY);
        List<Block> blocks = front.isPresent()
                ? parse(split.body(), split.bodyLine(), diagnostics)
                : parse(normal, 0, diagnostics);
        if (meta.title().isEmpty() && !blocks.isEmpty()
                && blocks.get(0) instanceof Block.Heading h && h.level() == 1) {
            meta = meta.withTitle(Inlines.plainText(h.content()).strip());
            blocks = blocks.subList(1, blocks.size());
        }
        return new Document(meta, blocks);
    }

    private List<Block> parse(String source, int lineOffset, Diagnostics diagnostics) {
        String body = AngleBrackets.escapeHopeless(source);
        Diagnostics local = new Diagnostics();
        Object[] result = new Object[1];
        Runnable task = () -> {
            try {
                Node doc = PARSER.parse(body);
                result[0] = new BlockConverter(local, new Source(lineOffset), PARSER::parse).document(doc);
            } catch (StackOverflowError e) {
                result[0] = e;
            } catch (RuntimeException e) {
                result[0] = e;
            }
        };
        Thread t = new Thread(null, task, "imprint-markdown-parse", parseStackBytes);
        t.setDaemon(true);
        try {
            t.start();
            joinUninterruptibly(t);
        } catch (OutOfMemoryError e) {
            // no native thread to be had (a tight process limit): parse here, the overflow
            // fallback below still applies
            task.run();
        }
        if (result[0] instanceof RuntimeException e) {
            throw e;
        }
        if (result[0] instanceof List<?> list) {
            for (Diagnostic dg : local.list()) {
                diagnostics.report(dg);
            }
            List<Block> blocks = new ArrayList<>();
            list.forEach(b -> blocks.add((Block) b));
            return blocks;
        }
        diagnostics.warn(Code.NESTING_TOO_DEEP,
                "the document is nested too deeply to parse as Markdown; read as plain paragraphs", lineOffset + 1, 1);
        return plainParagraphs(source);
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fallback reading: blank lines separate paragraphs, nothing else is interpreted. */
    static List<Block> plainParagraphs(String body) {
        List<Block> out = new ArrayList<>();
        for (String para : body.split("\\n[ \\t]*\\n")) {
            String t = para.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) {
                out.add(new Block.Paragraph(List.of(new Inline.Text(t))));
            }
        }
        return out;
    }
}
