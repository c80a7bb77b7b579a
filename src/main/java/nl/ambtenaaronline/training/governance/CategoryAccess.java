package nl.ambtenaaronline.training.governance;

import java.util.List;

/**
 * One category of data and what each role may see of it (declared in
 * {@code governance/category-access.properties}).
 *
 * @param category the category key ({@code governance.category.<key>})
 * @param access per role, in the order of {@link PrivacyPack#ROLES}, an access key
 * ({@code governance.access.<key>})
 */
public record CategoryAccess(String category, List<String> access) {

	public CategoryAccess {
		access = List.copyOf(access);
	}

}
