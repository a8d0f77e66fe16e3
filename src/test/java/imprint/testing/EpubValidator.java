package imprint.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real EPUBCheck on a file and returns every fatal, error, warning and usage message. */
public final class EpubValidator {
    private EpubValidator() {
    }

    /** Messages of severity USAGE or worse, formatted "SEVERITY ID path:line message". */
    public static List<String> problems(byte[] epub) throws IOException {
        Path tmp = Files.createTempFile("imprint-check", ".epub");
        try {
            Files.write(tmp, epub);
            Collecting report = new Collecting(tmp.getFileName().toString());
            new EpubCheck(tmp.toFile(), report).doValidate();
            return report.problems;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final class Collecting extends DefaultReportImpl {
        final List<String> problems = new ArrayList<>();

        Collecting(String name) {
            super(name, null, true);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING || s == Severity.USAGE) {
                problems.add(s + " " + message.getID() + " " + (location == null ? "" : location.path + ":" + location.line)
                        + " " + message.getMessage(args));
            }
        }
    }
}
