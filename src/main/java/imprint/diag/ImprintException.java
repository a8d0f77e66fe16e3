package imprint.diag;

/**
 * A failure that stops the conversion of one input (unreadable or undecodable input,
 * unwritable output). Its message is one line meant for the user, without the file name,
 * which the caller adds.
 */
public class ImprintException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Code code;

    public ImprintException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public ImprintException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
