package imprint.plan;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.LinkPolicy;
import imprint.model.Metadata;
import imprint.model.Walker;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every renderer needs to know about a document beyond its blocks, worked out once: the
 * title and language, the timestamp and identity, the outline, the footnotes and where each
 * belongs, every link's target, the images (read and checked once), and figure and table
 * numbers. Renderers take a plan, never the bare document, so no format re-derives these facts
 * and all formats agree on them. Immutable once built; safe to share between the renderers of
 * one document running concurrently.
 */
public final class DocumentPlan {
    private final Document document;
    private final RenderContext context;
    /** The context's options with what the front matter adds ({@code print:}). */
    private final RenderOptions options;
    private final Map<Block.Heading, Integer> chapters;
    private final boolean book;
    private final String title;
    private final Instant timestamp;
    private final Identity identity;
    private final Outline outline;
    private final Notes notes;
    private final Map<String, Integer> anchors;
    private final Map<String, Optional<PlannedImage>> images;
    private final Optional<PlannedImage> cover;
    private final Map<Block, Integer> figureNumbers = new IdentityHashMap<>();
    private final Map<Block, Integer> tableNumbers = new IdentityHashMap<>();
    private final Map<Block, Integer> headingLevels = new IdentityHashMap<>();

    private final Map<String, Optional<PlannedImage>> early = new HashMap<>();
    private final Block.Paragraph datelineParagraph;
    private final PageNumbers.Source pagination;
    /** Asked of {@link #pagination} on first need; guarded by this. */
    private PageNumbers pages;

    private DocumentPlan(Document read, RenderContext context, PageNumbers.Source pagination) {
        this.context = context;
        this.pagination = pagination;
        this.document = withEmbeddedCaptions(read);
        this.datelineParagraph = findDatelineParagraph(document);
        this.title = title(document.metadata(), context.sourceName());
        this.options = BookPlan.options(context.options(), document.metadata(), context.diagnostics());
        this.timestamp = Timestamps.choose(options.pinnedTime(), document);
        this.identity = Identity.of(document, options, timestamp);
        this.outline = Outline.of(document.blocks());
        this.chapters = BookPlan.chapters(document.blocks());
        this.book = BookPlan.isBook(options, document.metadata().book(), chapters.size());
        this.notes = Notes.of(document.blocks());
        this.anchors = new HashMap<>();
        this.images = new LinkedHashMap<>();
        scan();
        String coverSource = document.metadata().coverImage();
        // Outside the body's images: the EPUB shows the cover on its own, not as a body image.
        this.cover = coverSource.isBlank() ? Optional.empty()
                : context.resources().image(coverSource, context.diagnostics()).map(PlannedImage::of);
    }

    /** Plans a document for rendering; reads and checks its images through the context's resolver. */
    public static DocumentPlan of(Document document, RenderContext context) {
        return new DocumentPlan(document, context, null);
    }

    /**
     * Plans a document whose print edition's page numbers can be had from {@code pagination}
     * (see {@link #pageNumbers()}); {@link imprint.Imprint#plan} passes the PDF's.
     */
    public static DocumentPlan of(Document document, RenderContext context, PageNumbers.Source pagination) {
        return new DocumentPlan(document, context, pagination);
    }

    /** One pass over the body: heading anchors, images in reading order, figure and table numbers. */
    private void scan() {
        List<Block> blocks = document.blocks();
        int[] lastLevel = {1}; // the title is the first-level heading of every format
        for (int i = 0; i < blocks.size(); i++) {
            imprint.diag.Checkpoint.check();
            int top = i;
            Walker.walk(List.of(blocks.get(i)), new Walker.Listener() {
                @Override
                public void block(Block b) {
                    if (b instanceof Block.Heading h) {
                        if (!h.id().isEmpty()) {
                            anchors.putIfAbsent(h.id(), top);
                        }
                        lastLevel[0] = Math.min(h.level(), lastLevel[0] + 1);
                        headingLevels.put(h, lastLevel[0]);
                    } else if (b instanceof Block.Figure f) {
                        figureNumbers.put(f, figureNumbers.size() + 1);
                        resolve(f.source());
                    } else if (b instanceof Block.Table t) {
                        tableNumbers.put(t, tableNumbers.size() + 1);
                    }
                }

                @Override
                public void inline(Inline in) {
                    if (in instanceof Inline.Image im) {
                        resolve(im.source());
                    }
                }
            });
        }
    }

    private Optional<PlannedImage> resolve(String source) {
        return images.computeIfAbsent(source, this::load);
    }

    private Optional<PlannedImage> load(String source) {
        Optional<PlannedImage> e = early.get(source);
        return e != null ? e : context.resources().image(source, context.diagnostics()).map(PlannedImage::of);
    }

    /**
     * A top-level figure whose text gives no caption or no credit takes them from the photo's
     * own IPTC/XMP metadata (as a wire photo carries them), with a notice; every format then
     * shows the same words. Figures nested in quotes or lists keep what the text says.
     */
    private Document withEmbeddedCaptions(Document doc) {
        List<Block> blocks = doc.blocks();
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Figure f) || !f.caption().isEmpty() && !f.credit().isEmpty()
                    || f.source().isBlank()) {
                continue;
            }
            Optional<PlannedImage> img = early.computeIfAbsent(f.source(),
                    s -> context.resources().image(s, context.diagnostics()).map(PlannedImage::of));
            Optional<imprint.resource.EmbeddedText.Text> embedded = img.flatMap(p -> imprint.resource.EmbeddedText.of(p.resource()));
            if (embedded.isEmpty()) {
                continue;
            }
            String caption = f.caption().isEmpty() ? embedded.get().caption() : f.caption();
            String credit = f.credit().isEmpty() ? embedded.get().credit() : f.credit();
            if (caption.equals(f.caption()) && credit.equals(f.credit())) {
                continue;
            }
            context.diagnostics().notice(imprint.diag.Code.IMAGE_METADATA_USED, "image '" + f.source() + "': "
                    + (caption.equals(f.caption()) ? "" : "caption") + (!caption.equals(f.caption()) && !credit.equals(f.credit()) ? " and " : "")
                    + (credit.equals(f.credit()) ? "" : "credit") + " taken from its embedded IPTC/XMP metadata", 0, 0);
            if (out == null) {
                out = new java.util.ArrayList<>(blocks);
            }
            out.set(i, f.withCaptionAndCredit(caption, credit));
        }
        return out == null ? doc : doc.withBlocks(out);
    }

    /** The first top-level paragraph, when it opens with the document's dateline. */
    private static Block.Paragraph findDatelineParagraph(Document doc) {
        String dl = doc.metadata().dateline().text();
        if (dl.isEmpty()) {
            return null;
        }
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) {
                return !p.content().isEmpty() && p.content().get(0) instanceof Inline.Text t && t.text().startsWith(dl)
                        ? p : null;
            }
        }
        return null;
    }

    /**
     * The paragraph the dateline opens (its first text starts with
     * {@code metadata().dateline().text()}), or null: renderers set those words as a dateline.
     */
    public Block.Paragraph datelineParagraph() {
        return datelineParagraph;
    }

    private static String title(Metadata m, String sourceName) {
        if (!m.title().isBlank()) {
            return m.title();
        }
        String name = sourceName.replaceFirst("\\.[^.]+$", "").strip();
        return name.isEmpty() ? "Untitled" : name;
    }

    /** The document as read and transformed. */
    public Document document() {
        return document;
    }

    public List<Block> blocks() {
        return document.blocks();
    }

    public Metadata metadata() {
        return document.metadata();
    }

    /** The options: the caller's, with what the front matter adds ({@code print: kdp} as {@code --print kdp}). */
    public RenderOptions options() {
        return options;
    }

    /** Where renderers report degraded output. */
    public Diagnostics diagnostics() {
        return context.diagnostics();
    }

    public String sourceName() {
        return context.sourceName();
    }

    /**
     * The title to show: the document's own, else the source file name without its extension
     * (stores and readers need some title), else "Untitled".
     */
    public String title() {
        return title;
    }

    /** The document's BCP 47 language tag, {@code en} when it does not say. */
    /** The date for the title block, in the document's language ({@link DisplayDate}); "" when there is none. */
    public String displayDate() {
        return metadata().date().isBlank() ? "" : DisplayDate.of(metadata().date(), language());
    }

    public String language() {
        return document.metadata().languageOrDefault();
    }

    /** The modification time written into every output (see {@link Timestamps}). */
    public Instant timestamp() {
        return timestamp;
    }

    public Identity identity() {
        return identity;
    }

    /**
     * The publication's identifier: the document's own (an ISBN, a URN), else a UUID of its
     * content, the same in every build.
     */
    public String identifier() {
        String own = document.metadata().identifier().strip();
        return own.isEmpty() ? "urn:uuid:" + identity.contentUuid() : own;
    }

    public Outline outline() {
        return outline;
    }

    /**
     * Whether to set the document as a book: the front matter says {@code type: book} and it has
     * a chapter (a level-1 heading), or {@code --book} was asked and it has two or more (an
     * article with one title heading stays an article). Every format sets the book's pages
     * (half-title, title, copyright, dedication, epigraph, contents, chapters, about the author)
     * when this is true.
     */
    public boolean book() {
        return book;
    }

    /** The front matter's book fields (dedication, epigraph, "printed in", about the author ...). */
    public imprint.model.BookMatter bookMatter() {
        return document.metadata().book();
    }

    /**
     * The chapter's number (1, 2, 3 ... over the top-level level-1 headings in order), or 0 for a
     * heading that is not a chapter.
     */
    public int chapterNumber(Block.Heading heading) {
        return chapters.getOrDefault(heading, 0);
    }

    /**
     * What a chapter opener shows above the chapter's title: "Chapter 3", or "" when the
     * heading is no chapter or already numbers itself ("Chapter 3: ...", "3. ...", "III", "Prologue").
     */
    public String chapterLabel(Block.Heading heading) {
        return BookPlan.label(heading, chapterNumber(heading));
    }

    /** Whether the body opens with something other than a chapter (a foreword without a chapter heading). */
    public boolean textBeforeFirstChapter() {
        return !blocks().isEmpty() && !(blocks().get(0) instanceof Block.Heading h && chapterNumber(h) > 0);
    }

    /** A front-matter folio: lower-case roman (i, ii, iii ...). */
    public static String romanFolio(int n) {
        return BookPlan.roman(n);
    }

    public Notes notes() {
        return notes;
    }

    /**
     * The page each heading starts on in the print edition, worked out by the pagination
     * source on the first call and kept: at most once per document, however many formats ask
     * at once (later callers wait for the first). {@link PageNumbers#UNKNOWN} when the plan was
     * made without a source or pagination failed (the PDF reports its own failure).
     */
    public synchronized PageNumbers pageNumbers() {
        if (pages == null) {
            pages = PageNumbers.UNKNOWN;
            if (pagination != null) {
                try {
                    pages = pagination.paginate(this);
                } catch (RuntimeException | StackOverflowError e) {
                    // Page numbers are a courtesy to the formats that list them; they go without.
                }
            }
        }
        return pages;
    }

    /**
     * Page numbers a paginating format found while rendering this plan anyway: kept when none
     * were worked out yet, so that a format rendered later need not paginate again. Only for a
     * plan with a pagination source, whose numbers are the same ones: what a format shows never
     * depends on the order the formats were rendered in.
     */
    public synchronized void offerPageNumbers(PageNumbers numbers) {
        if (pages == null && pagination != null) {
            pages = numbers;
        }
    }

    /** Whether {@link #pageNumbers()} has a source to ask. */
    public boolean hasPagination() {
        return pagination != null;
    }

    /** The top-level block that holds the element with this id, or -1. */
    public int anchorBlock(String id) {
        return anchors.getOrDefault(id, -1);
    }

    /** What a link's target becomes in every format, by {@link LinkPolicy} and this document's ids. */
    public LinkTarget link(String target) {
        return switch (LinkPolicy.classify(target)) {
            case EXTERNAL -> LinkTarget.external(target);
            case INTERNAL -> {
                String id = target.substring(1);
                int block = anchorBlock(id);
                yield block < 0 ? LinkTarget.TEXT : LinkTarget.internal(id, block);
            }
            case TEXT_ONLY, UNSAFE -> LinkTarget.TEXT;
        };
    }

    /** The image for a source as written in the document, or empty when it cannot be used (already reported). */
    public Optional<PlannedImage> image(String source) {
        Optional<PlannedImage> r = images.get(source);
        return r == null ? Optional.empty() : r;
    }

    /** The images the document uses, in reading order, each once. */
    public List<PlannedImage> images() {
        return images.values().stream().flatMap(Optional::stream).toList();
    }

    /** The front matter's cover image, when it names one that can be used. */
    public Optional<PlannedImage> cover() {
        return cover;
    }

    /**
     * The level a heading is shown at where levels must not skip (HTML's and PDF/UA's outline
     * rules): its own level, but at most one below the heading before it, the title counting as
     * the first level. A document that goes from "#" straight to "####" shows the second as a
     * second-level heading.
     */
    public int headingLevel(Block.Heading heading) {
        return headingLevels.getOrDefault(heading, heading.level());
    }

    /** The figure's number (1, 2, 3 ... in reading order), or 0 for a figure not in this document. */
    public int figureNumber(Block.Figure figure) {
        return figureNumbers.getOrDefault(figure, 0);
    }

    /** The table's number (1, 2, 3 ... in reading order), or 0 for a table not in this document. */
    public int tableNumber(Block.Table table) {
        return tableNumbers.getOrDefault(table, 0);
    }

    /** What every format shows in place of an image that cannot be used: its description in brackets. */
    public static String imagePlaceholder(String alt) {
        return "[" + (alt.isBlank() ? "image" : alt.strip()) + "]";
    }

    /** The box a task list item shows: ☑ done, ☐ open, empty for an ordinary item. */
    public static String taskBox(Block.Task task) {
        return switch (task) {
            case DONE -> "\u2611";
            case OPEN -> "\u2610";
            case NONE -> "";
        };
    }

    /** What the task box says to a screen reader. */
    public static String taskLabel(Block.Task task) {
        return task == Block.Task.DONE ? "done" : task == Block.Task.OPEN ? "not done" : "";
    }
}
