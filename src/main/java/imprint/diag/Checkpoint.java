package imprint.diag;

/**
 * Where a long stage looks whether its document was given up (its time budget ran out: the
 * batch interrupted the thread). Placed once per top-level block in the loops that walk a whole
 * document, so a runaway document stops within one block's work; the interrupt flag is left
 * set, so every later checkpoint of the same work stops it too, even past a {@code catch}.
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    /** Throws {@link Abandoned} when the current thread was interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Abandoned();
        }
    }

    /** The work of a document that was given up; never reported itself (the batch reports why). */
    public static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Abandoned() {
            super("the document was given up", null, false, false);
        }
    }
}
