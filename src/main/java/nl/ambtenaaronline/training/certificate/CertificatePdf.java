package nl.ambtenaaronline.training.certificate;

/** A certificate as a PDF file. */
public record CertificatePdf(String fileName, byte[] content) {

	public static final String CONTENT_TYPE = "application/pdf";

}
