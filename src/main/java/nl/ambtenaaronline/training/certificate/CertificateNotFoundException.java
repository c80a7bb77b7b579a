package nl.ambtenaaronline.training.certificate;

/**
 * No such certificate for this user: it does not exist, or it belongs to someone else and
 * the user may not see it (the two are deliberately the same answer).
 */
public class CertificateNotFoundException extends CertificateException {

	public CertificateNotFoundException() {
		super("certificate.error.not-found");
	}

}
