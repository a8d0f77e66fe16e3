package imprint.render.cover;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * The zlib stream of a PNG's filtered rows when most rows repeat the one above (as on a
 * generated cover, where the "Up" filter turns them into a filter byte and zeros). zlib took
 * longer over those megabytes of zeros than over the text, so a run of such rows is written as
 * deflate blocks compressed once per process, and only the other rows go through the
 * compressor. Each piece ends byte-aligned with its history reset (a full flush), so pieces
 * can be joined; the stream is deterministic.
 */
final class RowDeflater {
    /** For a row length: [i] is the deflate blocks for 2^i repeated rows. */
    private static final Map<Integer, byte[][]> REPEATED = new ConcurrentHashMap<>();
    private static final int MAX_POWER = 14;
    private static final int COMPRESSED = 6;

    private RowDeflater() {
    }

    /**
     * @param rows     the filtered rows, {@code rowLength} bytes each
     * @param repeated which rows are equal to {@code repeatedRow}
     */
    static byte[] compress(byte[] rows, int rowLength, boolean[] repeated, byte[] repeatedRow) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.write(0x78); // zlib header: deflate, 32K window,
        out.write(0x01); // fastest level, no dictionary
        Adler32 adler = new Adler32();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] buf = new byte[64 * 1024];
        try {
            int y = 0;
            while (y < repeated.length) {
                int start = y;
                boolean rep = repeated[y];
                while (y < repeated.length && repeated[y] == rep) {
                    y++;
                }
                int n = y - start;
                if (rep) {
                    for (int i = 0; i < n; i++) {
                        adler.update(repeatedRow);
                    }
                    byte[][] blocks = REPEATED.computeIfAbsent(rowLength, k -> blocks(repeatedRow));
                    for (; n >= 1 << MAX_POWER; n -= 1 << MAX_POWER) {
                        out.writeBytes(blocks[MAX_POWER]);
                    }
                    for (int bit = 0; n > 0; bit++, n >>>= 1) {
                        if ((n & 1) != 0) {
                            out.writeBytes(blocks[bit]);
                        }
                    }
                } else {
                    adler.update(rows, start * rowLength, n * rowLength);
                    deflater.setInput(rows, start * rowLength, n * rowLength);
                    while (!deflater.needsInput()) {
                        out.write(buf, 0, deflater.deflate(buf));
                    }
                    fullFlush(deflater, buf, out);
                }
            }
        } finally {
            deflater.end();
        }
        out.write(0x03); // a final, empty block with fixed codes
        out.write(0x00);
        long a = adler.getValue();
        out.write((int) (a >>> 24));
        out.write((int) (a >>> 16));
        out.write((int) (a >>> 8));
        out.write((int) a);
        return out.toByteArray();
    }

    private static void fullFlush(Deflater deflater, byte[] buf, ByteArrayOutputStream out) {
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length);
    }

    /**
     * The repeated row, 1, 2, 4 ... 2^MAX_POWER times, each as self-contained deflate blocks.
     * Up to 2^COMPRESSED times they are compressed (a fraction of a millisecond); longer runs
     * are two copies of the next shorter one, which a full flush makes valid, so a one-cover
     * command does not pay for compressing megabytes of zeros to build the table.
     */
    private static byte[][] blocks(byte[] row) {
        byte[][] blocks = new byte[MAX_POWER + 1][];
        byte[] buf = new byte[64 * 1024];
        for (int p = 0; p <= COMPRESSED; p++) {
            Deflater d = new Deflater(Deflater.BEST_SPEED, true);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < 1 << p; i++) {
                    d.setInput(row);
                    while (!d.needsInput()) {
                        out.write(buf, 0, d.deflate(buf));
                    }
                }
                fullFlush(d, buf, out);
                blocks[p] = out.toByteArray();
            } finally {
                d.end();
            }
        }
        for (int p = COMPRESSED + 1; p <= MAX_POWER; p++) {
            byte[] half = blocks[p - 1];
            byte[] twice = java.util.Arrays.copyOf(half, half.length * 2);
            System.arraycopy(half, 0, twice, half.length, half.length);
            blocks[p] = twice;
        }
        return blocks;
    }
}
