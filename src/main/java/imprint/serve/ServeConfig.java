package imprint.serve;

import imprint.ExportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of {@code imprint serve}, parsed from its command line.
 *
 * @param bind          the address to listen on; loopback unless the user names another
 * @param port          the TCP port (0 picks a free one)
 * @param token         the bearer token requests must carry, if one was set
 * @param maxBodyBytes  the largest request body accepted (413 above it)
 * @param timeout       the time a request may take from its headers to its answer (408 while
 *                      the body is still arriving, 504 once it is being exported)
 * @param workers       threads that export (one per core by default)
 * @param queue         requests that may wait for a worker; beyond them the answer is 503
 * @param resourcePath  server folders images may also be read from
 * @param quiet         no start-up and shutdown lines
 * @param export        the options the command line shares that only the operator sets
 *                      ({@link ExportOptions#OPERATOR_ONLY}: fonts and the per-document limits),
 *                      applied to every request
 */
public record ServeConfig(String bind, int port, Optional<String> token, long maxBodyBytes, Duration timeout,
                          int workers, int queue, List<Path> resourcePath, boolean quiet, ExportOptions export) {
    /** The defaults: loopback, port 8080, 10 MB bodies, 30 s, a worker per core, 16 waiting. */
    public static ServeConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServeConfig("127.0.0.1", 8080, Optional.empty(), 10L << 20, Duration.ofSeconds(30),
                cores, 16, List.of(), false, new ExportOptions("--"));
    }

    public ServeConfig {
        token.ifPresent(t -> {
            if (t.isEmpty()) {
                throw new IllegalArgumentException("the token is empty");
            }
        });
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > imprint.Imprint.MAX_INPUT_BYTES) {
            throw new IllegalArgumentException("--max-body must be between 1 byte and 64m");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("--workers must be between 1 and 256");
        }
        if (queue < 0 || queue > 10_000) {
            throw new IllegalArgumentException("--queue must be between 0 and 10000");
        }
        resourcePath = List.copyOf(resourcePath);
        export.validate();
    }

    ServeConfig withPort(int p) {
        return new ServeConfig(bind, p, token, maxBodyBytes, timeout, workers, queue, resourcePath, quiet, export);
    }

    ServeConfig withToken(String t) {
        return new ServeConfig(bind, port, Optional.of(t), maxBodyBytes, timeout, workers, queue, resourcePath, quiet, export);
    }

    ServeConfig withLimits(long body, Duration t, int w, int q) {
        return new ServeConfig(bind, port, token, body, t, w, q, resourcePath, quiet, export);
    }

    ServeConfig withQuiet(boolean q) {
        return new ServeConfig(bind, port, token, maxBodyBytes, timeout, workers, queue, resourcePath, q, export);
    }

    /** Whether the address reaches only this machine. */
    boolean loopbackOnly() {
        String b = bind.toLowerCase(Locale.ROOT);
        return b.equals("localhost") || b.startsWith("127.") || b.equals("::1") || b.equals("[::1]");
    }

    /** The help text of {@code imprint serve}. */
    static String usage() {
        return """
            Usage: imprint serve [OPTION]...
            Runs the export service: POST a document to /v1/export and get the files back.
            Listens on 127.0.0.1 only unless --bind names another address.

                  --bind=ADDRESS      Address to listen on. Default: 127.0.0.1
                  --port=N            Port (0 picks a free one). Default: 8080
                  --token-file=FILE   Requests must send "Authorization: Bearer TOKEN", TOKEN
                                        being this file's first line (/healthz stays open).
                  --max-body=SIZE     Largest request body, e.g. 512k, 10m (at most 64m).
                                        Default: 10m
                  --timeout=TIME      Longest time for one request, e.g. 30s, 500ms.
                                        Default: 30s
                  --workers=N         Exports run at once. Default: number of cores
                  --queue=N           Requests that may wait for a worker; more get 503.
                                        Default: 16
                  --resource-path=DIR A server folder images may be read from (repeatable).
                  --font-dir=DIR, --max-image-megapixels=N, --max-footnotes=N,
                  --max-headings=N, --max-table-cells=N
                                      As for the command line, with the same defaults
                                        (imprint --help), for every request; a document past
                                        a limit is refused (422, DOCUMENT_LIMIT).
              -q, --quiet             No start-up and shutdown lines.
              -h, --help              Show this help message and exit.

            POST /v1/export?to=FORMAT[,FORMAT...]&type=md|txt   (see README, Export service)
                 formats:\s""" + imprint.render.OutputFormat.names() + """

            GET  /healthz, GET /metrics (Prometheus text format). SIGTERM finishes the requests
            in flight, then stops.
            """;
    }

    /** A command line that cannot be understood. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command line: the settings, or a request for help. */
    record Parsed(ServeConfig config, boolean help) {
    }

    /** Parses {@code --name=value} and {@code --name value} options. */
    static Parsed parse(String[] args) throws UsageException {
        ServeConfig d = defaults();
        String bind = d.bind;
        int port = d.port;
        Optional<String> token = Optional.empty();
        long body = d.maxBodyBytes;
        Duration timeout = d.timeout;
        int workers = d.workers;
        int queue = d.queue;
        List<Path> resources = new ArrayList<>();
        boolean quiet = false;
        boolean help = false;
        ExportOptions export = new ExportOptions("--");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            }
            switch (name) {
                case "-q", "--quiet" -> quiet = true;
                case "-h", "--help" -> help = true;
                case "--bind", "--port", "--token-file", "--max-body", "--timeout", "--workers", "--queue",
                        "--resource-path" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("missing value for option '" + name + "'");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--bind" -> bind = value.strip();
                        case "--port" -> port = number(name, value);
                        case "--token-file" -> token = Optional.of(readToken(value));
                        case "--max-body" -> body = size(value);
                        case "--timeout" -> timeout = duration(value);
                        case "--workers" -> workers = number(name, value);
                        case "--queue" -> queue = number(name, value);
                        default -> resources.add(folder(value));
                    }
                }
                default -> {
                    if (!name.startsWith("--") || !ExportOptions.OPERATOR_ONLY.contains(name.substring(2))
                            || name.equals("--timeout")) {
                        throw new UsageException(a.startsWith("-") ? "unknown option '" + name + "'"
                                : "unexpected argument '" + a + "' (serve reads documents from requests)");
                    }
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("missing value for option '" + name + "'");
                        }
                        value = args[++i];
                    }
                    try {
                        export.valued(name.substring(2), value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
            }
        }
        try {
            return new Parsed(new ServeConfig(bind, port, token, body, timeout, workers, queue, resources, quiet, export), help);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(String name, String value) throws UsageException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + name + "' needs a whole number, not '" + value + "'");
        }
    }

    /** Sizes such as {@code 4096}, {@code 512k}, {@code 10m}. */
    static long size(String value) throws UsageException {
        String v = value.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (v.endsWith("k") || v.endsWith("m")) {
            unit = v.endsWith("k") ? 1L << 10 : 1L << 20;
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n < 1 || n > (64L << 20) / unit) {
                throw new UsageException("--max-body must be between 1 byte and 64m, not '" + value + "'");
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new UsageException("--max-body needs a size such as 512k or 10m, not '" + value + "'");
        }
    }

    /** Times such as {@code 30s}, {@code 500ms}, {@code 2m}; a bare number is seconds. */
    static Duration duration(String value) throws UsageException {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
        } catch (NumberFormatException e) {
            throw new UsageException("--timeout needs a time such as 30s or 500ms, not '" + value + "'");
        }
    }

    private static String readToken(String file) throws UsageException {
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new UsageException("the token file " + file + " is empty");
            }
            return first;
        } catch (IOException | InvalidPathException | java.io.UncheckedIOException e) {
            throw new UsageException("cannot read the token file " + file + ": " + e.getMessage());
        }
    }

    private static Path folder(String value) throws UsageException {
        try {
            Path p = Path.of(value);
            if (!Files.isDirectory(p)) {
                throw new UsageException("--resource-path " + value + " is not a folder");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new UsageException("invalid path for --resource-path: '" + value + "'");
        }
    }
}
