package imprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version from the build (a filtered resource), for {@code --version}. */
final class Version {
    static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/imprint/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
