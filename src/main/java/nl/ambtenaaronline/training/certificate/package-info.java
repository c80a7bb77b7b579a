/**
 * Certificates: issued once per completed course (listening to the learning feature's
 * {@code CoursePassed}), rendered as an accessible, archivable PDF (PDF/A-2u and
 * PDF/UA-1), verified publicly by code or QR on a plain Spring MVC page, superseded by a
 * later completion and revoked by HR. See docs/certificates.md.
 */
@NullMarked
package nl.ambtenaaronline.training.certificate;

import org.jspecify.annotations.NullMarked;
