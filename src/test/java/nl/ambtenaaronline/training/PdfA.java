package nl.ambtenaaronline.training;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helper: validates a PDF against a PDF/A or PDF/UA flavour with veraPDF. */
public final class PdfA {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfA() {
	}

	/** The failed rules of a flavour, each with its description and where it failed. */
	public static List<String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
		List<String> failed = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
							+ assertion.getMessage() + " at " + assertion.getLocation().getContext());
				}
			}
			if (!result.isCompliant() && failed.isEmpty()) {
				failed.add("not compliant with " + flavour);
			}
		}
		failed.forEach(line -> System.out.println(flavour + ": " + line));
		return failed;
	}

}
