package imprint.plan;

import java.util.Map;

/**
 * The page each heading starts on in the print edition, from the PDF's own pagination, for
 * formats that list headings with page numbers but do not paginate themselves (the DOCX's
 * table of contents). The plan does not paginate: whoever plans a document may hand it a
 * {@link Source}, and the plan asks it at most once (see {@link DocumentPlan#pageNumbers()}).
 */
public final class PageNumbers {
    /** No page known for any heading. */
    public static final PageNumbers UNKNOWN = new PageNumbers(Map.of(), 0);

    /** Paginates a planned document the way its print edition will be. */
    @FunctionalInterface
    public interface Source {
        PageNumbers paginate(DocumentPlan plan);
    }

    private final Map<String, Integer> pages;
    private final int pageCount;
    private final java.util.List<PageStart> starts;

    private PageNumbers(Map<String, Integer> pages, int pageCount) {
        this(pages, pageCount, java.util.List.of());
    }

    private PageNumbers(Map<String, Integer> pages, int pageCount, java.util.List<PageStart> starts) {
        this.pages = pages;
        this.pageCount = pageCount;
        this.starts = java.util.List.copyOf(starts);
    }

    /**
     * @param pages     page numbers (from 1) by heading id
     * @param pageCount how many pages the print edition has
     * @param starts    where each page begins in the model's text, in page order
     */
    public static PageNumbers of(Map<String, Integer> pages, int pageCount, java.util.List<PageStart> starts) {
        return new PageNumbers(Map.copyOf(pages), pageCount, starts);
    }

    /** Where each page of the print edition begins in the text, in page order; empty when not known. */
    public java.util.List<PageStart> starts() {
        return starts;
    }

    /** @param pages page numbers (from 1) by heading id */
    public static PageNumbers of(Map<String, Integer> pages) {
        return new PageNumbers(Map.copyOf(pages), 0);
    }

    /**
     * @param pages     page numbers (from 1) by heading id
     * @param pageCount how many pages the print edition has (what a print cover's spine is for)
     */
    public static PageNumbers of(Map<String, Integer> pages, int pageCount) {
        return new PageNumbers(Map.copyOf(pages), pageCount);
    }

    /** How many pages the print edition has; 0 when not known. */
    public int pageCount() {
        return pageCount;
    }

    /** The page the heading with this id starts on, from 1; 0 when not known. */
    public int of(String headingId) {
        return pages.getOrDefault(headingId, 0);
    }

    /** Page numbers by heading id. */
    public Map<String, Integer> asMap() {
        return pages;
    }
}
