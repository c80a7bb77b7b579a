package nl.ambtenaaronline.training.operations.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.operations.EventPublicationService;
import nl.ambtenaaronline.training.operations.StalledEvent;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import nl.ambtenaaronline.training.shared.Dates;

/**
 * Event publications that still have not completed: which listener, which event, since
 * when, how often resubmitted and the last error; one may be resubmitted by hand.
 */
@Route("admin/events")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.events", order = 89)
class StalledEventsView extends Main implements HasDynamicTitle {

	private final EventPublicationService events;

	private final Grid<StalledEvent> grid = new Grid<>();

	/** On a phone: that the table scrolls sideways. */
	private final Paragraph scrollHint;

	private final Paragraph summary = new Paragraph();

	StalledEventsView(EventPublicationService events) {
		this.events = events;
		addClassName("ao-page");
		DateTimeFormatter when = Dates.momentFormat(getLocale());
		summary.setId("events-summary");
		summary.getElement().setAttribute("role", "status");
		grid.setId("events-grid");
		grid.setAriaLabel(getTranslation("events.title"));
		grid.addColumn(event -> shortName(event.listener())).setHeader(getTranslation("events.column.listener"));
		grid.addColumn(event -> simpleName(event.eventType())).setHeader(getTranslation("events.column.event"));
		grid.addColumn(event -> when.format(event.publishedAt())).setHeader(getTranslation("events.column.published"));
		grid.addColumn(event -> event.exhausted() ? getTranslation("events.exhausted", event.attempts())
				: Integer.toString(event.attempts()))
			.setHeader(getTranslation("events.column.attempts"));
		grid.addColumn(event -> event.error() == null ? getTranslation("events.no-error")
				: event.error() + (event.failedAt() == null ? "" : " (" + when.format(event.failedAt()) + ")"))
			.setHeader(getTranslation("events.column.error"))
			.setFlexGrow(3);
		grid.addComponentColumn(event -> {
			Button retry = new Button(getTranslation("events.resubmit"), click -> {
				events.resubmit(event.id());
				Notification.show(getTranslation("events.resubmitted"));
				refresh();
			});
			retry.addThemeVariants(ButtonVariant.SMALL);
			retry.getElement()
				.setAttribute("aria-label", getTranslation("events.resubmit-label", shortName(event.listener()),
						simpleName(event.eventType())));
			return retry;
		}).setHeader(getTranslation("events.column.action"));
		grid.setAllRowsVisible(true);
		scrollHint = WideGrid.hint(grid);
		add(new H1(getTranslation("events.title")), new Paragraph(getTranslation("events.intro")), summary, scrollHint,
				grid);
		refresh();
	}

	private void refresh() {
		List<StalledEvent> stalled = events.stalled();
		grid.setItems(stalled);
		// nothing open: no empty table under "alles is verwerkt"
		grid.setVisible(!stalled.isEmpty());
		scrollHint.setVisible(!stalled.isEmpty());
		summary.setText(stalled.isEmpty() ? getTranslation("events.none") : getTranslation("events.count",
				stalled.size(), stalled.stream().filter(StalledEvent::exhausted).count()));
	}

	/** {@code pkg.Class.method(pkg.Event)} → {@code Class.method}. */
	static String shortName(String listener) {
		String method = listener.contains("(") ? listener.substring(0, listener.indexOf('(')) : listener;
		int dot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
		return dot < 0 ? method : method.substring(dot + 1);
	}

	static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("events.title") + " – " + getTranslation("app.name");
	}

}
