package imprint.render.pdf.layout;

/** The fonts layout may use, by face. */
public interface FontSet {
    FontMetrics metrics(Face face);
}
