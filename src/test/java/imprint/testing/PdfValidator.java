package imprint.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF, the reference PDF/A and PDF/UA validator, inside the tests. */
public final class PdfValidator {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidator() {
    }

    /** Failed rules as "clause-test: message", deduplicated; empty when the file conforms. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> out = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String s = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
            if (out.isEmpty() && !result.isCompliant()) {
                out.add("not compliant (no failed assertion listed)");
            }
            return out;
        }
    }
}
