package imprint.render.pdf.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The walk GSUB and GPOS share: from a feature tag to the subtables of one lookup type, in
 * lookup order, with extension lookups resolved. Only as much of the OpenType layout common
 * table format as ligatures and pair kerning need.
 */
final class OpenTypeLookups {
    private OpenTypeLookups() {
    }

    /**
     * The offsets (from the table's start) of the subtables of type {@code type} in the lookups
     * the feature {@code tag} names, in lookup-list order (the order the lookups apply in).
     *
     * @param extension the table's extension lookup type (GSUB 7, GPOS 9), whose subtables
     *                  point at a subtable of the wanted type through a 32-bit offset
     */
    static List<Integer> subtables(byte[] t, String tag, int type, int extension) {
        int featureList = u16(t, 6);
        int lookupList = u16(t, 8);
        List<Integer> lookups = new ArrayList<>();
        for (int i = 0; i < u16(t, featureList); i++) {
            int rec = featureList + 2 + i * 6;
            if (new String(t, rec, 4, StandardCharsets.US_ASCII).equals(tag)) {
                int feature = featureList + u16(t, rec + 4);
                for (int j = 0; j < u16(t, feature + 2); j++) {
                    int idx = u16(t, feature + 4 + j * 2);
                    if (!lookups.contains(idx)) {
                        lookups.add(idx);
                    }
                }
            }
        }
        Collections.sort(lookups);
        List<Integer> subtables = new ArrayList<>();
        for (int idx : lookups) {
            int lookup = lookupList + u16(t, lookupList + 2 + idx * 2);
            int lookupType = u16(t, lookup);
            for (int s = 0; s < u16(t, lookup + 4); s++) {
                int sub = lookup + u16(t, lookup + 6 + s * 2);
                if (lookupType == extension && u16(t, sub + 2) == type) {
                    subtables.add(sub + (int) ((long) u16(t, sub + 4) << 16 | u16(t, sub + 6)));
                } else if (lookupType == type) {
                    subtables.add(sub);
                }
            }
        }
        return subtables;
    }

    private static int u16(byte[] t, int at) {
        return ((t[at] & 0xff) << 8) | (t[at + 1] & 0xff);
    }
}
