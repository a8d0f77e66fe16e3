package imprint.preflight;

import imprint.plan.PrintProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code imprint preflight FILE.pdf... [--print kdp|ingram|generic]}: one line per finding, a
 * verdict per file, exit status 1 when any file has a blocking finding (2 for a usage error).
 * A finding repeated on many pages is shown for its first pages and counted for the rest.
 */
public final class PreflightCommand {
    /** Pages shown for a finding that repeats before the rest are counted. */
    static final int SHOWN_PER_CHECK = 3;

    private PreflightCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintProfile profile = PrintProfile.GENERIC;
        List<Path> files = new ArrayList<>();
        int coverPages = -1;
        imprint.plan.PrintSetup.Stock stock = imprint.plan.PrintSetup.Stock.WHITE;
        double[] trim = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (List.of("--print", "--cover", "--interior", "--paper").contains(name)) {
                    String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
                    if (v == null) {
                        throw new IllegalArgumentException("missing value for option '" + name + "'");
                    }
                    switch (name) {
                        case "--print" -> profile = PrintProfile.parse(v);
                        case "--interior" -> stock = imprint.plan.PrintSetup.Stock.parse(v);
                        case "--paper" -> {
                            imprint.plan.Paper p = imprint.plan.Paper.parse(v);
                            trim = new double[] {p.width(), p.height()};
                        }
                        default -> coverPages = pages(v);
                    }
                } else if (a.equals("-h") || a.equals("--help")) {
                    out.print("""
                            Usage: imprint preflight [--print kdp|ingram|generic] FILE.pdf...
                               or: imprint preflight --cover PAGES [--interior white|cream] [--paper SIZE]
                                       [--print ...] COVER.pdf...
                            Checks print PDFs against a printer's requirements: trim and bleed boxes,
                            margins for the page count, page count and parity, embedded fonts, image
                            resolution, PDF/X identification, no annotations, forms or JavaScript.
                            With --cover, checks a wrap-around cover for an interior of PAGES pages:
                            one sheet, 2 x trim + spine wide (the spine from PAGES and the paper),
                            the bleed on every edge, a trim the printer offers (the book's --paper
                            when given, else the panels the sheet implies).
                            Exit status: 0 ready, 1 a blocking finding, 2 usage error.
                            """);
                    return 0;
                } else if (a.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option '" + a + "'");
                } else {
                    files.add(Path.of(a));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no PDF to check");
            }
        } catch (IllegalArgumentException e) {
            err.println("imprint preflight: " + e.getMessage());
            err.println("Try 'imprint preflight --help' for more information.");
            return 2;
        }
        boolean blocked = false;
        for (Path f : files) {
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(f);
            } catch (IOException e) {
                err.println(f + ": error: cannot be read: " + e.getMessage() + " [PDF_UNREADABLE]");
                blocked = true;
                continue;
            }
            List<Finding> findings = coverPages >= 0 ? CoverRules.check(pdf, profile, stock, coverPages, trim)
                    : Preflight.check(pdf, profile);
            int errors = 0;
            int warnings = 0;
            for (Finding x : findings) {
                if (x.blocking()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            for (String line : lines(f.toString(), findings)) {
                out.println(line);
            }
            blocked |= errors > 0;
            out.println(f + ": " + (errors == 0 ? "ready for " + profile.label() : "not ready for " + profile.label() + ", "
                    + errors + (errors == 1 ? " error" : " errors")) + (warnings == 0 ? "" : ", " + warnings
                    + (warnings == 1 ? " warning" : " warnings")));
        }
        return blocked ? 1 : 0;
    }

    private static int pages(String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > 100_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--cover needs the interior's page count (1 to 100000), not '" + v + "'");
        }
    }

    /** The findings as lines, a repeated check shown for its first pages and counted for the rest. */
    static List<String> lines(String file, List<Finding> findings) {
        Map<String, List<Finding>> byKind = new LinkedHashMap<>();
        for (Finding x : findings) {
            byKind.computeIfAbsent(x.check() + "/" + x.blocking(), k -> new ArrayList<>()).add(x);
        }
        List<String> out = new ArrayList<>();
        for (List<Finding> same : byKind.values()) {
            for (int i = 0; i < same.size() && i < SHOWN_PER_CHECK; i++) {
                out.add(same.get(i).line(file));
            }
            if (same.size() > SHOWN_PER_CHECK) {
                Finding first = same.get(0);
                out.add(file + ": " + (first.blocking() ? "error: " : "warning: ") + "the same on " + (same.size() - SHOWN_PER_CHECK)
                        + " more pages [" + first.check() + "]");
            }
        }
        return out;
    }
}
