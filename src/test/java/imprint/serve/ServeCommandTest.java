package imprint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code imprint serve} through the command line's subcommand dispatch. */
class ServeCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("serve", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: imprint serve [OPTION]..."), help.out());
        Run bad = run("serve", "--bogus");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("imprint serve: unknown option '--bogus'"), bad.err());
        assertTrue(run("--help").out().contains("imprint serve [OPTION]..."));
    }

    @Test
    void aPortInUseIsOneLineAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "-q", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("imprint serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
