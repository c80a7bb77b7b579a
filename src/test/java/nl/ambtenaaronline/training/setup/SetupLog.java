package nl.ambtenaaronline.training.setup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Reads what the set-up prints in the log, as the city's IT would. */
final class SetupLog implements AutoCloseable {

	private static final Pattern TOKEN = Pattern.compile("[a-z2-9]{5}(-[a-z2-9]{5}){4}");

	private final Logger logger = (Logger) LoggerFactory.getLogger(FirstRunService.class);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	SetupLog() {
		appender.start();
		logger.addAppender(appender);
	}

	List<String> messages() {
		return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	/** The token of the last banner. */
	String token() {
		List<String> messages = messages();
		Matcher matcher = TOKEN.matcher(messages.get(messages.size() - 1));
		if (!matcher.find()) {
			throw new AssertionError("no set-up token in " + messages);
		}
		return matcher.group();
	}

	@Override
	public void close() {
		logger.detachAppender(appender);
	}

}
