package nl.ambtenaaronline.training.operations;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * Where the exceptions of asynchronous methods end, among them those of the
 * {@code @ApplicationModuleListener}s: logged and, for a listener of a publication, kept
 * in {@link EventFailures}. (Spring Boot adds its task executor to this configurer.)
 */
@Component
class ListenerFailureHandler implements AsyncConfigurer {

	private final ObjectProvider<EventFailures> failures;

	ListenerFailureHandler(ObjectProvider<EventFailures> failures) {
		this.failures = failures;
	}

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return (error, method, params) -> failures.getObject().failed(error, method, params);
	}

}
