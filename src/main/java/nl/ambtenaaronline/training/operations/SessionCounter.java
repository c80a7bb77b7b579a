package nl.ambtenaaronline.training.operations;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

/**
 * The open HTTP sessions of this node ({@code ao_sessions_active}), one per signed-in
 * browser.
 */
@Component
class SessionCounter implements HttpSessionListener {

	private final AtomicInteger active = new AtomicInteger();

	SessionCounter(MeterRegistry registry) {
		Gauge.builder("ao.sessions.active", active, AtomicInteger::get)
			.description("Open HTTP sessions on this node")
			.register(registry);
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		active.incrementAndGet();
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		active.decrementAndGet();
	}

}
