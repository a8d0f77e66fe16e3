package imprint.render;

import imprint.plan.DocumentPlan;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a planned document into one output format. Implementations are immutable and
 * thread-safe: every call keeps its state to itself, so one instance serves many documents and
 * threads.
 */
public interface Renderer {

    OutputFormat format();

    /**
     * Writes the complete output to {@code out} (which the caller closes). Problems that
     * degrade the output are reported to {@code plan.diagnostics()}; problems that make an
     * output impossible are thrown, and the caller discards whatever was written.
     */
    void render(DocumentPlan plan, OutputStream out) throws IOException;
}
