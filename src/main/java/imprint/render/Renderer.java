package imprint.render;

import imprint.model.Document;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a document into one output format. Implementations are immutable and thread-safe:
 * every call keeps its state to itself, so one instance serves many documents and threads.
 */
public interface Renderer {

    OutputFormat format();

    /**
     * Writes the complete output to {@code out} (which the caller closes). Problems that
     * degrade the output are reported to {@code context.diagnostics()}; problems that make an
     * output impossible are thrown, and the caller discards whatever was written.
     */
    void render(Document document, RenderContext context, OutputStream out) throws IOException;

    /**
     * Loads now what the first {@link #render} would load (libraries, fonts), so that a caller
     * with an idle core can take that cost off a short run's critical path. Optional and
     * idempotent; it writes nothing and throws nothing.
     */
    default void warmUp() {
    }
}
