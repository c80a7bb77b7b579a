package nl.ambtenaaronline.training.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code messages.properties} (Dutch, the default) and
 * {@code messages_en.properties}.
 */
@Component
class MessagesI18NProvider implements I18NProvider {

	static final List<Locale> LOCALES = List.of(Locale.of("nl"), Locale.ENGLISH);

	private final MessageSource messages;

	MessagesI18NProvider(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, @Nullable Locale locale, Object... params) {
		return messages.getMessage(key, params, "!" + key + "!", locale == null ? LOCALES.getFirst() : locale);
	}

}
