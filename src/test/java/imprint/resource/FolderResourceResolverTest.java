package imprint.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are read only from allowed folders, only when they are real images, never from the network. */
class FolderResourceResolverTest {
    @TempDir
    Path tmp;

    private Code refused(String source) throws Exception {
        Path doc = Files.createDirectories(tmp.resolve("doc"));
        Files.copy(Path.of("src/test/resources/fixtures/images/gradient.png"), doc.resolve("ok.png"));
        Files.writeString(doc.resolve("fake.png"), "GIF89a not an image at all");
        Files.writeString(tmp.resolve("secret.png"), "outside");
        Files.createSymbolicLink(doc.resolve("link.png"), tmp.resolve("secret.png"));
        Diagnostics d = new Diagnostics();
        Optional<Resource> r = new FolderResourceResolver(List.of(doc)).image(source, d);
        assertTrue(r.isEmpty(), source + " must be refused");
        assertEquals(1, d.list().size(), d.list().toString());
        return d.list().get(0).code();
    }

    @Test
    void refusesParentFolderTraversal() throws Exception {
        assertEquals(Code.IMAGE_OUTSIDE_ROOT, refused("../secret.png"));
    }

    @Test
    void refusesAbsolutePaths() throws Exception {
        assertEquals(Code.IMAGE_OUTSIDE_ROOT, refused(tmp.resolve("secret.png").toString()));
    }

    @Test
    void refusesASymlinkLeadingOutside() throws Exception {
        assertEquals(Code.IMAGE_OUTSIDE_ROOT, refused("link.png"));
    }

    @Test
    void neverFetchesRemoteImages() throws Exception {
        assertEquals(Code.IMAGE_REMOTE, refused("https://example.com/x.png"));
    }

    @Test
    void refusesFilesThatAreNotImagesAndReportsMissingOnes() throws Exception {
        assertEquals(Code.IMAGE_INVALID, refused("fake.png"));
    }

    @Test
    void readsARealImageWithItsSize() throws Exception {
        Path doc = Files.createDirectories(tmp.resolve("d2"));
        Files.copy(Path.of("src/test/resources/fixtures/images/gradient.png"), doc.resolve("a b.png"));
        Diagnostics d = new Diagnostics();
        Resource r = new FolderResourceResolver(List.of(doc)).image("a%20b.png", d).orElseThrow();
        assertEquals("image/png", r.mediaType());
        assertEquals(120, r.width());
        assertEquals(80, r.height());
        assertEquals(150, r.dpi());
        assertEquals(List.of(), d.list());
        assertEquals(Code.IMAGE_NOT_FOUND, refused("missing.png"));
    }
}
