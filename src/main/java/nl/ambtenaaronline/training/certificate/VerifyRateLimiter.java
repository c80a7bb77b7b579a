package nl.ambtenaaronline.training.certificate;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Verifications per client address in a fixed window (default 30 per minute), in memory
 * on this node. An address is kept only for its window: after it, the entry goes, so the
 * node forgets who verified. With several nodes each counts on its own, which bounds
 * enumeration all the same (a code has 80 bits).
 */
@Component
class VerifyRateLimiter {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final CertificateProperties.Verify properties;

	private final Clock clock;

	private final AtomicInteger calls = new AtomicInteger();

	VerifyRateLimiter(CertificateProperties properties, Clock clock) {
		this.properties = properties.verify();
		this.clock = clock;
	}

	private record Window(long startMillis, AtomicInteger count) {
	}

	/** Counts one verification from the address; false when it is over the limit. */
	boolean tryAcquire(String address) {
		long now = clock.millis();
		long length = properties.window().toMillis();
		if (calls.incrementAndGet() % 256 == 0) {
			forgetOld(now, length);
		}
		Window window = windows.compute(address,
				(key, current) -> current == null || now - current.startMillis() >= length
						? new Window(now, new AtomicInteger()) : current);
		return window.count().incrementAndGet() <= properties.maxPerAddress();
	}

	/** Seconds until the address may verify again. */
	long retryAfterSeconds(String address) {
		Window window = windows.get(address);
		if (window == null) {
			return 0;
		}
		long left = window.startMillis() + properties.window().toMillis() - clock.millis();
		return Math.max(1, (left + 999) / 1000);
	}

	/** How many addresses are remembered now (for tests: none after the window). */
	int remembered() {
		forgetOld(clock.millis(), properties.window().toMillis());
		return windows.size();
	}

	private void forgetOld(long now, long length) {
		for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
			if (now - it.next().startMillis() >= length) {
				it.remove();
			}
		}
	}

}
