package nl.ambtenaaronline.training.privacy;

import nl.ambtenaaronline.training.shared.RetentionKind;

/**
 * What one retention rule would erase if the periods were applied now: the kind, the
 * rule, its period, how many records and of how many people.
 */
public record RetentionPreview(RetentionKind kind, String rule, int periodMonths, int records, int people) {
}
