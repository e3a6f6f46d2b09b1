package no.samanom.samlingsrapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs with veraPDF against PDF/A-2a and PDF/UA-1, each flavour asked for explicitly. */
public final class PdfCompliance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfCompliance() {
    }

    /** Fails the test, listing each broken rule, unless the PDF is both PDF/A-2a and PDF/UA-1. */
    public static void assertArchival(Path pdf) {
        assertThat(failures(pdf, "2a")).as("PDF/A-2a failures in %s", pdf.getFileName()).isEmpty();
        assertThat(failures(pdf, "ua1")).as("PDF/UA-1 failures in %s", pdf.getFileName()).isEmpty();
    }

    /** "clause-test (count): description" for every failed rule of the flavour. */
    public static List<String> failures(Path pdf, String flavourId) {
        PDFAFlavour flavour = PDFAFlavour.byFlavourId(flavourId);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> messages = new java.util.TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    messages.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage());
                }
            }
            return result.getFailedChecks().entrySet().stream()
                    .map(e -> e.getKey().getClause() + "-" + e.getKey().getTestNumber() + " (" + e.getValue() + "): "
                            + messages.getOrDefault(e.getKey().getClause() + "-" + e.getKey().getTestNumber(), ""))
                    .sorted()
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate " + pdf + ": " + e, e);
        }
    }
}
