package imprint.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What {@code --resume} needs to know that a document's exports are current: the input's hash,
 * the settings' fingerprint, every image the document asked for (its hash, or that it was
 * missing) and each export's size and hash. Written beside the exports under
 * {@code OUT/_imprint/receipts} after they are all in place, so a run that stopped half-way
 * leaves receipts exactly for the documents it finished. A small text file:
 * <pre>
 * imprint-receipt 1
 * input SHA256 BYTES
 * settings FINGERPRINT
 * image SHA256|- SOURCE(url-encoded)
 * output FORMAT BYTES SHA256
 * </pre>
 */
record Receipt(String inputSha256, long inputBytes, String settings, List<Image> images, List<Output> outputs) {
    private static final String MAGIC = "imprint-receipt 1";
    private static final int MAX_BYTES = 1 << 20;

    /** An image the document asked for; {@code sha256} is null when it could not be used. */
    record Image(String source, String sha256) {
    }

    record Output(String format, long bytes, String sha256) {
    }

    String text() {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        sb.append("input ").append(inputSha256).append(' ').append(inputBytes).append('\n');
        sb.append("settings ").append(settings).append('\n');
        for (Image i : images) {
            sb.append("image ").append(i.sha256() == null ? "-" : i.sha256()).append(' ')
                    .append(URLEncoder.encode(i.source(), StandardCharsets.UTF_8)).append('\n');
        }
        for (Output o : outputs) {
            sb.append("output ").append(o.format()).append(' ').append(o.bytes()).append(' ').append(o.sha256()).append('\n');
        }
        return sb.toString();
    }

    /** Parses a receipt; empty when it is missing, unreadable or not one. */
    static Optional<Receipt> read(FileSystem fs, Path p) {
        String text;
        try (InputStream in = fs.open(p)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            for (int n; (n = in.read(b)) > 0; ) {
                buf.write(b, 0, n);
                if (buf.size() > MAX_BYTES) {
                    return Optional.empty();
                }
            }
            text = buf.toString(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            String[] lines = text.split("\n");
            if (lines.length < 3 || !lines[0].equals(MAGIC)) {
                return Optional.empty();
            }
            String[] input = lines[1].split(" ");
            String[] settings = lines[2].split(" ");
            if (input.length != 3 || !input[0].equals("input") || settings.length != 2 || !settings[0].equals("settings")) {
                return Optional.empty();
            }
            List<Image> images = new ArrayList<>();
            List<Output> outputs = new ArrayList<>();
            for (int i = 3; i < lines.length; i++) {
                String[] f = lines[i].split(" ");
                if (f[0].equals("image") && f.length == 3) {
                    images.add(new Image(URLDecoder.decode(f[2], StandardCharsets.UTF_8), f[1].equals("-") ? null : f[1]));
                } else if (f[0].equals("output") && f.length == 4) {
                    outputs.add(new Output(f[1], Long.parseLong(f[2]), f[3]));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new Receipt(input[1], Long.parseLong(input[2]), settings[1], images, outputs));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the receipt atomically (temporary file, then rename). */
    void write(FileSystem fs, Path p, String tag) throws IOException {
        try (HadoopOutput out = new HadoopOutput(fs, p, tag, () -> false)) {
            try (OutputStream s = out.open()) {
                s.write(text().getBytes(StandardCharsets.UTF_8));
            }
            out.commit();
        }
    }

    Optional<Output> output(String format) {
        return outputs.stream().filter(o -> o.format().equals(format)).findFirst();
    }
}
