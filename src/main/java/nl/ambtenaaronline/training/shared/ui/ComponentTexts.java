package nl.ambtenaaronline.training.shared.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * Vaadin's own component texts in the user's language (Dutch by default): the date
 * picker's months, week days, buttons and date format.
 */
public final class ComponentTexts {

	private ComponentTexts() {
	}

	/**
	 * A date picker in the given language, with dates written as people there write them.
	 */
	public static DatePicker datePicker(DatePicker picker, Locale locale) {
		DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
		i18n.setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)));
		i18n.setWeekdays(List.of(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8)));
		i18n.setWeekdaysShort(List.of(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8)));
		i18n.setFirstDayOfWeek(1);
		i18n.setToday(text("datepicker.today", locale));
		i18n.setCancel(text("datepicker.cancel", locale));
		i18n.setDateFormat(locale.getLanguage().equals("nl") ? "d-M-yyyy" : "d MMM yyyy");
		picker.setLocale(locale);
		picker.setI18n(i18n);
		return picker;
	}

	private static String text(String key, Locale locale) {
		I18NProvider provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();
		return provider.getTranslation(key, locale);
	}

}
