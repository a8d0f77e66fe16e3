package imprint.boot;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * The Commons Logging factory the command line installs for PDFBox: every logger discards its
 * messages (the command reports problems through its own diagnostics). Left to itself, Commons
 * Logging finds Log4j's API on the class path and starts it, which took a sixth of the time of
 * a one-article PDF for messages that were then dropped anyway.
 */
public final class SilentLogFactory extends LogFactory {
    private static final Log SILENT = new NoOpLog();

    /** Created by Commons Logging through reflection. */
    public SilentLogFactory() {
    }

    @Override
    public Object getAttribute(String name) {
        return null;
    }

    @Override
    public String[] getAttributeNames() {
        return new String[0];
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return SILENT;
    }

    @Override
    public Log getInstance(String name) {
        return SILENT;
    }

    @Override
    public void release() {
        // nothing held
    }

    @Override
    public void removeAttribute(String name) {
        // no attributes
    }

    @Override
    public void setAttribute(String name, Object value) {
        // no attributes
    }
}
