package imprint.serve;

import imprint.ExportOptions;
import imprint.plan.RenderOptions;
import imprint.plan.Timestamps;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request asks for, from its query parameters: the formats, how to read the body, and
 * the options of the command line under the same names, parsed by the same parser
 * ({@link ExportOptions}: {@code paper}, {@code print}, {@code interior}, {@code book},
 * {@code duplex}, {@code ragged-right}, {@code toc}, {@code docx-style}, {@code docx-contact},
 * {@code split-level}, {@code strict}), and {@code source-date-epoch}. The limits and fonts are
 * the server's ({@link ServeConfig#export()}), never a request's. Parameters the service does
 * not know are refused, so that a misspelt option is not silently ignored.
 *
 * @param formats the formats to return, in registry order
 * @param type    how to read the body, if the request said ({@code type}, or the extension of {@code name})
 * @param name    the document's file name: drives the fallback title and the names of the outputs
 * @param export  the request's options with the server's limits: strictness, limits, image bound
 * @param options the render options, built as the command line builds them
 */
record ExportParams(Set<OutputFormat> formats, Optional<InputFormat> type, Optional<String> name, ExportOptions export,
                    RenderOptions options) {
    private static final Set<String> OWN = Set.of("to", "type", "name", "toc", "source-date-epoch");
    private static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> k = new TreeSet<>(OWN);
        for (String n : ExportOptions.FLAGS) {
            if (!n.equals("no-toc")) {
                k.add(n);
            }
        }
        k.addAll(ExportOptions.VALUED);
        k.removeAll(ExportOptions.OPERATOR_ONLY);
        return Set.copyOf(k);
    }

    /** Whether warnings refuse the request (422), as {@code --strict} does. */
    boolean strict() {
        return export.strict();
    }

    /** Parses the query parameters with the defaults' limits (for tests and probes). */
    static ExportParams parse(Map<String, List<String>> query, Optional<Instant> serverEpoch) throws Refusal {
        return parse(query, serverEpoch, new ExportOptions("--"));
    }

    /**
     * Parses the query parameters.
     *
     * @param serverEpoch the server's SOURCE_DATE_EPOCH, used when the request gives none
     * @param server      the server's own options, whose limits and fonts every request gets
     * @throws Refusal 400 for anything not understood
     */
    static ExportParams parse(Map<String, List<String>> query, Optional<Instant> serverEpoch, ExportOptions server)
            throws Refusal {
        for (String k : query.keySet()) {
            if (!KNOWN.contains(k)) {
                throw bad("unknown parameter '" + k + "' (known: " + String.join(", ", new TreeSet<>(KNOWN)) + ")");
            }
        }
        try {
            ExportOptions export = new ExportOptions("");
            for (String v : query.getOrDefault("to", List.of())) {
                export.valued("to", v);
            }
            for (String k : query.keySet()) {
                if (OWN.contains(k)) {
                    continue;
                }
                String v = one(query, k).orElseThrow();
                if (ExportOptions.FLAGS.contains(k)) {
                    export.flag(k, v);
                } else {
                    export.valued(k, v);
                }
            }
            one(query, "toc").ifPresent(export::toc);
            export.takeOperatorOptions(server);
            Optional<String> name = one(query, "name").map(ExportParams::fileName);
            Optional<InputFormat> type = one(query, "type").map(ExportParams::type)
                    .or(() -> name.flatMap(InputFormat::forFileName));
            Optional<Instant> epoch = one(query, "source-date-epoch").isPresent()
                    ? Timestamps.fromEpochVariable(one(query, "source-date-epoch").get()) : serverEpoch;
            RenderOptions options = export.renderOptions(epoch);
            return new ExportParams(export.outputFormats(), type, name, export, options);
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

    private static Refusal bad(String message) {
        return new Refusal(400, "BAD_REQUEST", message);
    }
}
