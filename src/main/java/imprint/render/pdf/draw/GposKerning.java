package imprint.render.pdf.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pair kerning from a font's GPOS table (lookups of the {@code kern} feature, pair adjustment
 * formats 1 and 2, also behind extension lookups). Modern fonts such as Noto keep their kerning
 * only there, and fontbox does not read it. Only the horizontal advance of the first glyph is
 * used, which is what kerning changes in horizontal text. Not thread-safe (cached per font
 * instance, which is per thread).
 */
final class GposKerning {
    /** No kerning at all. */
    static final GposKerning NONE = new GposKerning(new byte[0]);

    private final byte[] t;
    private final List<Integer> subtables = new ArrayList<>();
    private final Map<Long, Integer> cache = new HashMap<>();

    GposKerning(byte[] gpos) {
        this.t = gpos;
        try {
            if (gpos.length >= 10) {
                findPairSubtables();
            }
        } catch (IndexOutOfBoundsException e) {
            subtables.clear(); // a damaged table means no kerning, never a failure
        }
    }

    /** The kerning between two glyphs in font units (negative brings them closer). */
    int kern(int left, int right) {
        if (subtables.isEmpty()) {
            return 0;
        }
        long key = ((long) left << 32) | right;
        Integer v = cache.get(key);
        if (v == null) {
            int k = 0;
            try {
                for (int st : subtables) {
                    Integer found = pair(st, left, right);
                    if (found != null) {
                        k = found;
                        break;
                    }
                }
            } catch (IndexOutOfBoundsException e) {
                k = 0;
            }
            v = k;
            cache.put(key, v);
        }
        return v;
    }

    private void findPairSubtables() {
        subtables.addAll(OpenTypeLookups.subtables(t, "kern", 2, 9));
    }

    private Integer pair(int st, int left, int right) {
        int format = u16(st);
        int coverage = coverageIndex(st + u16(st + 2), left);
        if (coverage < 0) {
            return null;
        }
        int vf1 = u16(st + 4);
        int vf2 = u16(st + 6);
        int size1 = Integer.bitCount(vf1 & 0xFF) * 2;
        int size2 = Integer.bitCount(vf2 & 0xFF) * 2;
        if (format == 1) {
            int set = st + u16(st + 10 + coverage * 2);
            int n = u16(set);
            int rec = 2 + size1 + size2;
            int lo = 0;
            int hi = n - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int g = u16(set + 2 + mid * rec);
                if (g == right) {
                    return xAdvance(set + 2 + mid * rec + 2, vf1);
                }
                if (g < right) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return null;
        }
        if (format == 2) {
            int c1 = classOf(st + u16(st + 8), left);
            int c2 = classOf(st + u16(st + 10), right);
            int class2Count = u16(st + 14);
            int rec = st + 16 + (c1 * class2Count + c2) * (size1 + size2);
            return xAdvance(rec, vf1);
        }
        return null;
    }

    private int xAdvance(int record, int valueFormat) {
        if ((valueFormat & 0x0004) == 0) {
            return 0;
        }
        int offset = Integer.bitCount(valueFormat & 0x0003) * 2;
        return s16(record + offset);
    }

    private int coverageIndex(int cov, int glyph) {
        int format = u16(cov);
        int n = u16(cov + 2);
        if (format == 1) {
            int lo = 0;
            int hi = n - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int g = u16(cov + 4 + mid * 2);
                if (g == glyph) {
                    return mid;
                }
                if (g < glyph) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
        } else if (format == 2) {
            for (int i = 0; i < n; i++) {
                int r = cov + 4 + i * 6;
                if (glyph >= u16(r) && glyph <= u16(r + 2)) {
                    return u16(r + 4) + glyph - u16(r);
                }
            }
        }
        return -1;
    }

    private int classOf(int cd, int glyph) {
        int format = u16(cd);
        if (format == 1) {
            int start = u16(cd + 2);
            int n = u16(cd + 4);
            return glyph >= start && glyph < start + n ? u16(cd + 6 + (glyph - start) * 2) : 0;
        }
        if (format == 2) {
            int n = u16(cd + 2);
            for (int i = 0; i < n; i++) {
                int r = cd + 4 + i * 6;
                if (glyph >= u16(r) && glyph <= u16(r + 2)) {
                    return u16(r + 4);
                }
            }
        }
        return 0;
    }

    private int u16(int i) {
        return ((t[i] & 0xff) << 8) | (t[i + 1] & 0xff);
    }

    private int s16(int i) {
        return (short) u16(i);
    }
}
