package imprint.cli;

import imprint.model.Document;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Chooses the modification time written into outputs, never the wall clock: the
 * {@code SOURCE_DATE_EPOCH} environment variable if set, else the document's own date, else a
 * fixed date, so identical inputs always give identical files.
 */
final class Timestamps {
    private Timestamps() {
    }

    /** Parses a SOURCE_DATE_EPOCH value; empty when unset, exception when malformed. */
    static Optional<Instant> fromEpochVariable(String value) {
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
        Instant t = null;
        try {
            t = OffsetDateTime.parse(d).toInstant();
        } catch (DateTimeParseException e) {
            try {
                t = LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        return t.getEpochSecond() >= 315532800L ? Optional.of(t) : Optional.empty();
    }
}
