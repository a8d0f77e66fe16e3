package imprint.diag;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Information worth telling the user; never fails a conversion. */
    NOTICE,
    /** Something was degraded or dropped; fails the input under {@code --strict}. */
    WARNING,
    /** The input or one of its outputs could not be produced. */
    ERROR;

    /** The lower-case word used in printed diagnostics. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
