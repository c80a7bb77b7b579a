package nl.ambtenaaronline.training.content;

import java.nio.file.Path;

import org.springframework.context.ApplicationContext;

/**
 * For tests in other packages (views) that must show a reload of other content in the
 * shared application: reads from another folder until closed.
 */
public final class ContentTestSupport {

	private ContentTestSupport() {
	}

	/** Reloads read from {@code folder} until the returned handle is closed. */
	public static AutoCloseable readFrom(ApplicationContext context, Path folder) {
		ContentStore store = context.getBean(ContentStore.class);
		ContentStore.Source before = store.switchFolder(folder);
		return () -> store.restore(before);
	}

}
