package imprint.read.ninjs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapper, bounded by {@link StreamReadConstraints}: nesting of at most 64 levels,
 * strings of at most 8 M characters, numbers of at most 64 digits. The input is already bounded
 * by the 64 MB input limit, so a hostile file cannot take the heap.
 */
final class NinjsJson {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(8_000_000).maxNumberLength(64).build())
            .build());

    private NinjsJson() {
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
