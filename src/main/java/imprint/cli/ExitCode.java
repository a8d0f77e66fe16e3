package imprint.cli;

/** The process exit codes: one table, used everywhere. */
public enum ExitCode {
    /** Every input was exported. */
    OK(0),
    /** At least one input (or one of its formats) failed; the others were exported. */
    FAILED(1),
    /** The command line itself was wrong; nothing was done. */
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
