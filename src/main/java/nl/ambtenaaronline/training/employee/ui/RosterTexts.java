package nl.ambtenaaronline.training.employee.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.ambtenaaronline.training.employee.RosterColumn;
import nl.ambtenaaronline.training.employee.RosterProblem;
import nl.ambtenaaronline.training.employee.WorkerType;

/**
 * Texts of the roster screens that Vaadin components need as objects, from the bundles.
 */
final class RosterTexts {

	private RosterTexts() {
	}

	static String workerType(Component component, WorkerType type) {
		return component.getTranslation("roster.worker-type." + type.name().toLowerCase(java.util.Locale.ROOT));
	}

	static String column(Component component, RosterColumn column) {
		return component.getTranslation(column.labelKey());
	}

	static String problem(Component component, RosterProblem problem) {
		return component.getTranslation(problem.messageKey(), problem.arguments().toArray());
	}

	static DatePicker.DatePickerI18n datePicker(Component component, Locale locale) {
		List<String> months = Arrays.stream(Month.values())
			.map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
			.toList();
		List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		return new DatePicker.DatePickerI18n().setMonthNames(months)
			.setWeekdays(week.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
			.setWeekdaysShort(week.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
			.setFirstDayOfWeek(1)
			.setDateFormats("dd-MM-yyyy", "yyyy-MM-dd", "d-M-yyyy")
			.setToday(component.getTranslation("roster.date.today"))
			.setCancel(component.getTranslation("roster.date.cancel"))
			.setBadInputErrorMessage(component.getTranslation("roster.date.bad-input"))
			.setRequiredErrorMessage(component.getTranslation("roster.error.required"));
	}

	static UploadI18N upload(Component component) {
		UploadI18N i18n = new UploadI18N();
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(component.getTranslation("roster.upload.drop"))
			.setMany(component.getTranslation("roster.upload.drop")));
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(component.getTranslation("roster.upload.add"))
			.setMany(component.getTranslation("roster.upload.add")));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(component.getTranslation("roster.upload.too-many"))
			.setFileIsTooBig(component.getTranslation("roster.upload.too-big"))
			.setIncorrectFileType(component.getTranslation("roster.upload.wrong-type")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status()
				.setConnecting(component.getTranslation("roster.upload.connecting"))
				.setStalled(component.getTranslation("roster.upload.stalled"))
				.setProcessing(component.getTranslation("roster.upload.processing"))
				.setHeld(component.getTranslation("roster.upload.held")))
			.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
				.setPrefix(component.getTranslation("roster.upload.remaining"))
				.setUnknown(component.getTranslation("roster.upload.remaining-unknown")))
			.setError(new UploadI18N.Uploading.Error()
				.setServerUnavailable(component.getTranslation("roster.upload.server-unavailable"))
				.setUnexpectedServerError(component.getTranslation("roster.upload.server-error"))
				.setForbidden(component.getTranslation("roster.upload.forbidden"))
				.setFileTooLarge(component.getTranslation("roster.upload.too-big"))));
		i18n.setFile(new UploadI18N.File().setRetry(component.getTranslation("roster.upload.retry"))
			.setStart(component.getTranslation("roster.upload.start"))
			.setRemove(component.getTranslation("roster.upload.remove")));
		i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
		return i18n;
	}

}
