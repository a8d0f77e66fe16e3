package imprint.serve;

import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import imprint.plan.Timestamps;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a request asks for, from its query parameters: the formats, how to read the body, and
 * the render options of the command line under the same names ({@code paper}, {@code duplex},
 * {@code ragged-right}, {@code toc}, {@code split-level}, {@code strict},
 * {@code source-date-epoch}). Parameters the service does not know are refused, so that a
 * misspelt option is not silently ignored.
 *
 * @param formats the formats to return, in registry order
 * @param type    how to read the body, if the request said ({@code type}, or the extension of {@code name})
 * @param name    the document's file name: drives the fallback title and the names of the outputs
 * @param strict  warnings refuse the request (422), as {@code --strict} does
 * @param options the render options, built as the command line builds them
 */
record ExportParams(Set<OutputFormat> formats, Optional<InputFormat> type, Optional<String> name, boolean strict,
                    RenderOptions options) {
    private static final Set<String> KNOWN = Set.of("to", "type", "name", "paper", "duplex", "ragged-right", "toc",
            "split-level", "strict", "source-date-epoch");

    /**
     * Parses the query parameters.
     *
     * @param serverEpoch the server's SOURCE_DATE_EPOCH, used when the request gives none
     * @throws Refusal 400 for anything not understood
     */
    static ExportParams parse(Map<String, List<String>> query, Optional<Instant> serverEpoch) throws Refusal {
        for (String k : query.keySet()) {
            if (!KNOWN.contains(k)) {
                throw bad("unknown parameter '" + k + "' (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
            }
        }
        try {
            Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
            for (String v : query.getOrDefault("to", List.of())) {
                for (String f : v.split(",", -1)) {
                    formats.add(OutputFormat.parse(f));
                }
            }
            if (formats.isEmpty()) {
                formats.addAll(OutputFormat.defaults());
            }
            Optional<String> name = one(query, "name").map(ExportParams::fileName);
            Optional<InputFormat> type = one(query, "type").map(ExportParams::type)
                    .or(() -> name.flatMap(InputFormat::forFileName));
            String toc = one(query, "toc").orElse("auto").toLowerCase(Locale.ROOT);
            RenderOptions.Toc t = switch (toc) {
                case "auto" -> RenderOptions.Toc.AUTO;
                case "on", "true", "1", "yes", "" -> RenderOptions.Toc.ON;
                case "off", "false", "0", "no" -> RenderOptions.Toc.OFF;
                default -> throw new IllegalArgumentException("toc must be on, off or auto, not '" + toc + "'");
            };
            int split = one(query, "split-level").map(ExportParams::splitLevel).orElse(1);
            Optional<Instant> epoch = one(query, "source-date-epoch").isPresent()
                    ? Timestamps.fromEpochVariable(one(query, "source-date-epoch").get()) : serverEpoch;
            RenderOptions options = RenderOptions.DEFAULTS
                    .withPaper(Paper.parse(one(query, "paper").orElse("a4")))
                    .withDuplex(flag(query, "duplex"))
                    .withPageList(OutputFormat.pagesShared(formats))
                    .withRaggedRight(flag(query, "ragged-right"))
                    .withToc(t)
                    .withEpubSplitLevel(split)
                    .withPinnedTime(epoch.orElse(null));
            return new ExportParams(formats, type, name, flag(query, "strict"), options);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    /** The input format a Content-Type names, for bodies whose request did not say. */
    static Optional<InputFormat> forMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        t = (semi < 0 ? t : t.substring(0, semi)).strip();
        return switch (t) {
            case "text/markdown", "text/x-markdown" -> Optional.of(InputFormat.MARKDOWN);
            case "text/plain" -> Optional.of(InputFormat.TEXT);
            default -> Optional.empty();
        };
    }

    /** The stem the outputs are named after, as the command line names {@code stem.pdf}. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static InputFormat type(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> InputFormat.MARKDOWN;
            case "txt", "text" -> InputFormat.TEXT;
            default -> throw new IllegalArgumentException("type must be md or txt, not '" + v + "'");
        };
    }

    /**
     * A file name without folders or characters that would need quoting in a header; the
     * command line would see only the last segment of a path too.
     */
    static String fileName(String v) {
        String s = v.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).strip();
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.appendCodePoint(cp < 0x20 || cp == '"' || cp == 0x7f ? '_' : cp));
        if (sb.length() == 0 || sb.toString().equals(".") || sb.toString().equals("..") || sb.length() > 200) {
            throw new IllegalArgumentException("name must be a file name such as article.md");
        }
        return sb.toString();
    }

    private static int splitLevel(String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > 6) {
                throw new IllegalArgumentException("split-level must be between 1 and 6");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("split-level needs a whole number, not '" + v + "'");
        }
    }

    private static Optional<String> one(Map<String, List<String>> q, String key) {
        List<String> v = q.get(key);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            throw new IllegalArgumentException("parameter '" + key + "' is given more than once");
        }
        return Optional.of(v.get(0));
    }

    /** {@code duplex}, {@code duplex=true}/{@code 1}/{@code yes} are on; {@code false}/{@code 0}/{@code no} off. */
    private static boolean flag(Map<String, List<String>> q, String key) {
        Optional<String> v = one(q, key);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get().strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + v.get() + "'");
        };
    }

    private static Refusal bad(String message) {
        return new Refusal(400, "BAD_REQUEST", message);
    }
}
