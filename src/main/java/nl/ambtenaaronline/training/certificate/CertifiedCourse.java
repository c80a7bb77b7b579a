package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.content.LocalizedText;

/** A training that certificates were issued for, as the register offers it. */
public record CertifiedCourse(String id, LocalizedText title) {
}
