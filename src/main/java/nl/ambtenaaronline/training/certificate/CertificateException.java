package nl.ambtenaaronline.training.certificate;

/**
 * Something that cannot be done with a certificate, with the message key that says why.
 */
public class CertificateException extends RuntimeException {

	public CertificateException(String messageKey) {
		super(messageKey);
	}

}
