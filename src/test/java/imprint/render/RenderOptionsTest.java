package imprint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The hand-written toString methods keep the text a record would generate: the PDF's file
 * identifier is a digest of it, so a change would change every PDF.
 */
class RenderOptionsTest {
    /** What {@link Record#toString()} specifies: {@code Name[a=1, b=2]}. */
    private static String generated(Record r) throws ReflectiveOperationException {
        StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('[');
        RecordComponent[] cs = r.getClass().getRecordComponents();
        for (int i = 0; i < cs.length; i++) {
            Object v = cs[i].getAccessor().invoke(r);
            sb.append(i == 0 ? "" : ", ").append(cs[i].getName()).append('=')
                    .append(v instanceof Record nested ? generated(nested) : String.valueOf(v));
        }
        return sb.append(']').toString();
    }

    @Test
    void toStringIsTheRecordForm() throws ReflectiveOperationException {
        RenderOptions custom = RenderOptions.DEFAULTS.withPaper(Paper.parse("150x230mm")).withDuplex(true)
                .withRaggedRight(true).withToc(RenderOptions.Toc.OFF).withReferenceDocx(Path.of("ref.docx"))
                .withEpubSplitLevel(3).withTimestamp(Instant.parse("2024-05-17T10:11:12Z"));
        for (RenderOptions o : new RenderOptions[] {RenderOptions.DEFAULTS, custom}) {
            assertEquals(generated(o), o.toString());
        }
        assertEquals(generated(Paper.LETTER), Paper.LETTER.toString());
    }
}
