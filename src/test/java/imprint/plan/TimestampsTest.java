package imprint.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import imprint.model.Document;
import imprint.model.Metadata;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timestamp rule: pinned, else SOURCE_DATE_EPOCH, else the document's date, else 1980-01-01. */
class TimestampsTest {
    private static Document dated(String date) {
        return new Document(Metadata.EMPTY.withDate(date), List.of());
    }

    @Test
    void thePinnedTimeWins() {
        Instant t = Instant.parse("2001-02-03T04:05:06Z");
        assertEquals(t, Timestamps.choose(t, dated("2024-05-17")));
    }

    @Test
    void theDocumentsOwnDate() {
        assertEquals(Optional.of(Instant.parse("2024-05-17T00:00:00Z")), Timestamps.fromDocument(dated("2024-05-17")));
        assertEquals(Optional.of(Instant.parse("2024-05-17T08:30:00Z")),
                Timestamps.fromDocument(dated("2024-05-17T10:30:00+02:00")));
        assertEquals(Optional.empty(), Timestamps.fromDocument(dated("May 17, 2024")));
        assertEquals(Optional.empty(), Timestamps.fromDocument(dated("1969-07-20")), "before 1980: no zip time");
        assertEquals(Optional.empty(), Timestamps.fromDocument(dated("2024-13-45")));
        assertEquals(Optional.empty(), Timestamps.fromDocument(dated("")));
    }

    @Test
    void sourceDateEpochIsWholeSecondsFrom1980() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000L)), Timestamps.fromEpochVariable(" 1700000000 "));
        assertEquals(Optional.empty(), Timestamps.fromEpochVariable(null));
        assertEquals(Optional.empty(), Timestamps.fromEpochVariable(""));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.fromEpochVariable("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.fromEpochVariable("1"));
    }

    @Test
    void withoutAnyDateTheEarliestZipTime() {
        // SOURCE_DATE_EPOCH is not set when the tests run (see .ci/run).
        if (System.getenv("SOURCE_DATE_EPOCH") == null) {
            assertEquals(Instant.parse("1980-01-01T00:00:00Z"), Timestamps.choose(null, dated("someday")));
            assertEquals(Instant.parse("2024-05-17T00:00:00Z"), Timestamps.choose(null, dated("2024-05-17")));
        } else {
            Instant env = Timestamps.fromEpochVariable(System.getenv("SOURCE_DATE_EPOCH")).orElseThrow();
            assertEquals(env, Timestamps.choose(null, dated("2024-05-17")));
        }
    }
}
