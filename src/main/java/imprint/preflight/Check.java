package imprint.preflight;

/** The checks preflight runs; each finding names one. */
public enum Check {
    PDF_UNREADABLE, PDF_ENCRYPTED, PAGE_COUNT, PAGE_PARITY,
    TRIM_BOX, TRIM_SIZE, BLEED_BOX,
    MARGIN_INSIDE, MARGIN_OUTSIDE,
    FONT_NOT_EMBEDDED, IMAGE_RESOLUTION,
    PDFX_VERSION, PDFX_OUTPUT_INTENT, PDFX_TRAPPED, PDFX_TRANSPARENCY, PDFX_COLOUR,
    JAVASCRIPT, ANNOTATION, FORM,
    /** A wrap-around cover's sheet against the interior's page count: one page, its size, the spine. */
    COVER_PAGES, COVER_SIZE, COVER_BLEED
}
