package imprint.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title block's date, compared with what the JDK's CLDR data says each language writes. */
class DisplayDateTest {
    @Test
    void isoDatesReadAsTheLanguageWritesThem() {
        assertEquals("May 17, 2024", DisplayDate.of("2024-05-17", "en"));
        assertEquals("17 May 2024", DisplayDate.of("2024-05-17", "en-GB"));
        assertEquals("17 mai 2024", DisplayDate.of("2024-05-17", "fr"));
        assertEquals("17. Mai 2024", DisplayDate.of("2024-05-17", "de"));
        assertEquals("May 17, 2024, 14:30 UTC", DisplayDate.of("2024-05-17T14:30:00Z", "en"));
        assertEquals("May 17, 2024, 09:05 UTC-05:00", DisplayDate.of("2024-05-17T09:05-05:00", "en"));
    }

    @Test
    void anythingElseStaysAsTheWriterGaveIt() {
        assertEquals("Spring 1925", DisplayDate.of("Spring 1925", "en"));
        assertEquals("2024-02-31", DisplayDate.of("2024-02-31", "en"));
        assertEquals("2024", DisplayDate.of("2024", "en"));
    }
}
