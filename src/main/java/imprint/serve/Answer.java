package imprint.serve;

import imprint.diag.Diagnostic;
import imprint.render.OutputFormat;
import imprint.render.ReproducibleZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP answer before it is written: status, headers and body. Builds the answers of the
 * export route: one file, a zip of several, or a refusal as JSON.
 */
record Answer(int status, List<String[]> headers, byte[] body) {
    /** The longest diagnostics header written; most servers and proxies accept 8 KB of headers. */
    static final int MAX_DIAGNOSTICS_HEADER = 6000;
    static final String DIAGNOSTICS = "Imprint-Diagnostics";
    static final String DIAGNOSTICS_OMITTED = "Imprint-Diagnostics-Omitted";

    /** The file of one format, or a zip of the files of several (named as the command line names them). */
    static Answer export(Exporter.Export e) throws IOException {
        List<String[]> h = new ArrayList<>();
        diagnostics(h, e.diagnostics());
        byte[] body;
        String fileName;
        if (e.outputs().size() == 1) {
            Map.Entry<OutputFormat, byte[]> only = e.outputs().entrySet().iterator().next();
            body = only.getValue();
            fileName = only.getKey().fileName(e.stem());
            h.add(new String[] {"Content-Type", only.getKey().mediaType()});
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream(e.outputs().values().stream().mapToInt(b -> b.length).sum() + 1024);
            // Stored, not deflated: every format but HTML is compressed already.
            try (ReproducibleZip zip = new ReproducibleZip(out, e.timestamp(), 0)) {
                for (Map.Entry<OutputFormat, byte[]> f : e.outputs().entrySet()) {
                    zip.addStored(f.getKey().fileName(e.stem()), f.getValue());
                }
            }
            body = out.toByteArray();
            fileName = e.stem() + ".zip";
            h.add(new String[] {"Content-Type", "application/zip"});
        }
        h.add(new String[] {"Content-Disposition", disposition(fileName)});
        return new Answer(200, h, body);
    }

    /** A refusal: its JSON body, its diagnostics in the header too, and what the status calls for. */
    static Answer refusal(Refusal r, long retryAfterSeconds) {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {"Content-Type", "application/json"});
        diagnostics(h, r.diagnostics());
        if (r.status() == 503) {
            h.add(new String[] {"Retry-After", Long.toString(Math.max(1, retryAfterSeconds))});
        }
        if (r.status() == 401) {
            h.add(new String[] {"WWW-Authenticate", "Bearer realm=\"imprint\""});
        }
        if (r.status() == 405) {
            h.add(new String[] {"Allow", r.code().equals("METHOD_NOT_ALLOWED_POST") ? "POST" : "GET, HEAD"});
        }
        return new Answer(r.status(), h, Json.error(r).getBytes(StandardCharsets.UTF_8));
    }

    static Answer text(int status, String contentType, String text) {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {"Content-Type", contentType});
        return new Answer(status, h, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void diagnostics(List<String[]> h, List<Diagnostic> list) {
        int[] omitted = new int[1];
        h.add(new String[] {DIAGNOSTICS, Json.diagnostics(list, MAX_DIAGNOSTICS_HEADER, omitted)});
        if (omitted[0] > 0) {
            h.add(new String[] {DIAGNOSTICS_OMITTED, Integer.toString(omitted[0])});
        }
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in RFC 6266's {@code filename*}. */
    static String disposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        boolean plain = true;
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            boolean ok = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
            plain &= ok;
            ascii.append(ok ? c : '_');
        }
        String d = "attachment; filename=\"" + ascii + "\"";
        return plain ? d : d + "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
