/** The certificate screens: "Mijn certificaten" and the HR register with revocation. */
@NullMarked
package nl.ambtenaaronline.training.certificate.ui;

import org.jspecify.annotations.NullMarked;
