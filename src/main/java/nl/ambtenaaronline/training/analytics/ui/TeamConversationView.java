package nl.ambtenaaronline.training.analytics.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.analytics.ConversationDepartment;
import nl.ambtenaaronline.training.analytics.ConversationTopic;
import nl.ambtenaaronline.training.analytics.TeamConversation;
import nl.ambtenaaronline.training.analytics.TeamConversationService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.shared.Roles;
import org.jspecify.annotations.Nullable;

/**
 * "Teamgesprek": for a department, the three rules its people most often got wrong at
 * first try, each with a case from the course and three questions to discuss, and the
 * same as a PDF/A. Managers choose among the departments of their own team, HR and
 * administrators among all; the service decides, and shows nothing for groups below the
 * minimum.
 */
@Route("analytics/team-conversation")
@RolesAllowed({ Roles.MANAGER, Roles.HR, Roles.ADMIN })
@Menu(title = "menu.team-conversation", order = 76)
class TeamConversationView extends Main implements HasDynamicTitle {

	private final TeamConversationService service;

	final Select<Course> course = new Select<>();

	final Select<ConversationDepartment> department = new Select<>();

	final Paragraph status = new Paragraph();

	final Div topics = new Div();

	final Anchor download;

	/** What the download button gives: set on every refresh, read by the download. */
	private volatile String chosenCourse = "";

	private volatile String chosenDepartment = "";

	TeamConversationView(TeamConversationService service, ContentService contents) {
		this.service = service;
		addClassName("ao-page");
		Locale locale = getLocale();
		course.setLabel(getTranslation("analytics.course"));
		course.setId("team-conversation-course");
		course.setItems(contents.courses());
		course.setItemLabelGenerator(c -> c.title().in(locale));
		department.setLabel(getTranslation("analytics.department"));
		department.setId("team-conversation-department");
		department.setItemLabelGenerator(d -> d.code() + " " + d.name());
		FlexLayout filters = new FlexLayout(course, department);
		filters.addClassName("ao-filters");

		status.setId("team-conversation-status");
		status.getElement().setAttribute("role", "status");
		topics.setId("team-conversation-topics");

		download = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = service.pdf(chosenCourse, chosenDepartment, locale);
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					"teamgesprek-" + chosenDepartment.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf",
					bytes.length);
		}), getTranslation("analytics.team.download"));
		download.setId("team-conversation-pdf");
		download.addClassName("ao-download");
		download.setVisible(false);

		add(new H1(getTranslation("analytics.team.title")), new Paragraph(getTranslation("analytics.team.page-intro")),
				filters, status, download, topics);
		course.addValueChangeListener(change -> departments());
		department.addValueChangeListener(change -> refresh());
		if (!contents.courses().isEmpty()) {
			course.setValue(contents.courses().getFirst());
		}
	}

	private void departments() {
		if (course.getValue() == null) {
			return;
		}
		List<ConversationDepartment> choices = service.departments(course.getValue().id());
		department.setItems(choices);
		if (choices.isEmpty()) {
			show(null);
			status.setText(getTranslation("analytics.team.no-departments"));
		}
		else {
			department.setValue(choices.getFirst());
		}
	}

	private void refresh() {
		if (course.getValue() == null || department.getValue() == null) {
			return;
		}
		try {
			TeamConversation conversation = service.conversation(course.getValue().id(), department.getValue().code());
			show(conversation);
		}
		catch (IllegalArgumentException ex) {
			show(null);
			status.setText(getTranslation(ex.getMessage()));
		}
	}

	private void show(@Nullable TeamConversation conversation) {
		topics.removeAll();
		if (conversation == null) {
			download.setVisible(false);
			return;
		}
		Locale locale = getLocale();
		String month = DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(conversation.lastMonth());
		if (conversation.empty()) {
			status.setText(getTranslation("analytics.team.nothing", conversation.minGroupSize()));
			download.setVisible(false);
			return;
		}
		status.setText(getTranslation("analytics.team.basis", conversation.courseTitle().in(locale), month,
				conversation.minGroupSize()));
		chosenCourse = conversation.courseId();
		chosenDepartment = conversation.department().code();
		download.setVisible(true);
		int number = 1;
		for (ConversationTopic topic : conversation.topics()) {
			Section card = new Section();
			card.addClassName("ao-card");
			card.addClassName("ao-topic");
			// the rule in words leads; its code in the guideline is a small tag after it
			H2 heading = new H2(getTranslation("analytics.team.topic", number++, topic.rule().in(locale)));
			heading.addClassName("ao-rule-text");
			Span code = new Span(topic.ruleId());
			code.addClassName("ao-code");
			code.setTitle(getTranslation("analytics.team.rule-code"));
			heading.add(new Span(" "), code);
			Paragraph share = new Paragraph(
					getTranslation("analytics.team.share", topic.percentWrong(), topic.answers()));
			card.add(heading, share);
			if (topic.hasCase()) {
				H3 scenario = new H3(getTranslation("analytics.team.case", topic.scenarioTitle().in(locale)));
				card.add(scenario);
				if (topic.sharedWith() != null) {
					Paragraph shared = new Paragraph(getTranslation("analytics.team.case-shared", topic.sharedWith()));
					shared.addClassName("ao-case-shared");
					card.add(shared);
				}
				Paragraph situation = new Paragraph(topic.situation().in(locale));
				situation.addClassName("ao-situation");
				card.add(situation);
			}
			else {
				Paragraph none = new Paragraph(getTranslation("analytics.team.no-case"));
				none.addClassName("ao-case-shared");
				card.add(none);
			}
			H3 questions = new H3(getTranslation("analytics.team.questions"));
			OrderedList list = new OrderedList();
			for (String question : TeamConversation.QUESTIONS) {
				list.add(new ListItem(getTranslation(question)));
			}
			card.add(questions, list);
			topics.add(card);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("analytics.team.title") + " – " + getTranslation("app.name");
	}

}
