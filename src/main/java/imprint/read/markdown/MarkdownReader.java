package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inlines;
import imprint.model.Metadata;
import imprint.read.DocumentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark with GitHub's tables, strikethrough, autolinks and task lists, footnotes and
 * YAML front matter. Raw HTML never passes through. Parsing runs on a thread with a large stack:
 * commonmark's post-processors recurse over the tree, and hostile input nests it thousands deep.
 */
public final class MarkdownReader implements DocumentReader {
    private static final long PARSER_STACK_BYTES = 512L * 1024 * 1024;
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
            TaskListItemsExtension.create(), FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    @Override
    public Document read(String text, Diagnostics diagnostics) {
        FrontMatter.Split split = FrontMatter.split(text);
        Metadata meta = FrontMatter.parse(split.yaml(), diagnostics);
        List<Block> blocks = parseOnBigStack(split.body(), split.bodyLine(), diagnostics);
        if (meta.title().isBlank() && !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1) {
            meta = meta.withTitle(Inlines.plainText(h.content()).strip());
            blocks = blocks.subList(1, blocks.size());
        }
        return new Document(meta, blocks);
    }

    private static List<Block> parseOnBigStack(String body, int lineOffset, Diagnostics diags) {
        AtomicReference<List<Block>> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(new MarkdownConverter(diags, lineOffset).convert((org.commonmark.node.Document) PARSER.parse(body)));
            } catch (StackOverflowError | RuntimeException e) {
                failure.set(e);
            }
        }, "imprint-markdown", PARSER_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading Markdown", e);
        }
        if (result.get() != null) {
            return result.get();
        }
        diags.warn(Code.NESTING_TOO_DEEP, "the Markdown structure is too deep to read; kept as plain paragraphs", 0, 0);
        List<Block> plain = new ArrayList<>();
        for (String para : body.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                plain.add(new Block.Paragraph(List.of(new imprint.model.Inline.Text(para.strip().replaceAll("\\s+", " ")))));
            }
        }
        return plain;
    }
}
