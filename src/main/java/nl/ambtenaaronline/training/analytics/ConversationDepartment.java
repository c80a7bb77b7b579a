package nl.ambtenaaronline.training.analytics;

/** A department a team conversation can be opened for. */
public record ConversationDepartment(String code, String name) {
}
