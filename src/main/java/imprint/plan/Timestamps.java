package imprint.plan;

import imprint.model.Document;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one rule for the modification time written into outputs, never the wall clock: a time
 * the caller pins (the command line pins {@code SOURCE_DATE_EPOCH}), else the
 * {@code SOURCE_DATE_EPOCH} environment variable, else the document's own date, else
 * 1980-01-01. The library, the command line and every other front door apply it the same way,
 * so identical inputs always give identical files.
 */
public final class Timestamps {
    /** 1980-01-01T00:00:00Z, the earliest zip time: used when nothing gives a date. */
    public static final Instant DEFAULT = Instant.ofEpochSecond(315532800L);

    private Timestamps() {
    }

    /** The time for a document. */
    static Instant choose(Instant pinned, Document doc) {
        if (pinned != null) {
            return pinned;
        }
        return fromEpochVariable(System.getenv("SOURCE_DATE_EPOCH")).or(() -> fromDocument(doc)).orElse(DEFAULT);
    }

    /**
     * Parses a SOURCE_DATE_EPOCH value; empty when unset.
     *
     * @throws IllegalArgumentException when it is not whole seconds between 1980 and 9999
     */
    public static Optional<Instant> fromEpochVariable(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 315532800L || seconds > 253402300799L) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must lie between 1980 and 9999");
            }
            return Optional.of(Instant.ofEpochSecond(seconds));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + value + "'");
        }
    }

    /** The document date if it is an ISO date or date-time from 1980 on. */
    static Optional<Instant> fromDocument(Document doc) {
        String d = doc.metadata().date().strip();
        if (d.length() < 10 || !Character.isDigit(d.charAt(0))) {
            return Optional.empty(); // not an ISO date; spares java.time's parsers at start-up
        }
        Instant t;
        try {
            t = OffsetDateTime.parse(d).toInstant();
        } catch (DateTimeParseException e) {
            try {
                t = LocalDate.parse(d.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        return t.getEpochSecond() >= 315532800L ? Optional.of(t) : Optional.empty();
    }
}
