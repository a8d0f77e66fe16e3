package imprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A parsed document: metadata plus blocks. Immutable; readers produce it, transforms
 * return new instances, renderers consume it.
 */
public record Document(Metadata metadata, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
    }

    public Document withMetadata(Metadata m) {
        return new Document(m, blocks);
    }

    public Document withBlocks(List<Block> b) {
        return new Document(metadata, b);
    }
}
