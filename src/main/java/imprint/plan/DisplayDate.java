package imprint.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The document's date as a reader sees it on the title block, in the document's language:
 * "17 May 2024" (or "May 17, 2024" in American English, "17. Mai 2024" in German), with the
 * time of day when the source gives one ("…, 14:30 UTC"), as a wire story's time stamp.
 * A date that is not ISO 8601 (as a writer typed it: "Spring 1925") is shown as given. The
 * machine-readable value stays in the metadata (EPUB dc:date, HTML {@code <time datetime>}).
 */
public final class DisplayDate {
    private DisplayDate() {
    }

    public static String of(String date, String language) {
        String d = date.strip();
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day.format(LocalDate.parse(d));
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(d));
            }
            if (d.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})")) {
                OffsetDateTime t = OffsetDateTime.parse(d);
                String zone = t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + t.getOffset().getId();
                return day.format(t) + ", " + DateTimeFormatter.ofPattern("HH:mm", locale).format(t) + " " + zone;
            }
        } catch (DateTimeParseException e) {
            return date; // looks like ISO but is not a real date (2024-02-31): as the writer gave it
        }
        return date;
    }
}
