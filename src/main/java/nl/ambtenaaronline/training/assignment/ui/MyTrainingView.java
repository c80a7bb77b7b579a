package nl.ambtenaaronline.training.assignment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.NextStep;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.PersonTrainingSection;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.beans.factory.ObjectProvider;

/**
 * "Mijn training", the learner's start page: the courses with progress and one obvious
 * button to start or continue, and the completed courses.
 */
@Route("")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(title = "menu.my-training", order = 0)
class MyTrainingView extends Main implements HasDynamicTitle {

	MyTrainingView(ContentService contents, LearningService learning, LearningRecords records, AccountService accounts,
			AssignmentService assignments, ObjectProvider<PersonTrainingSection> sections, Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		addClassName("ao-page");
		Locale locale = getLocale();
		String name = accounts.current().map(CurrentUser::displayName).orElse("");
		add(new H1(getTranslation("my-training.title")));
		add(new Paragraph(getTranslation("my-training.welcome", name)));

		Map<String, AssignmentView> assigned = assignments.mine()
			.stream()
			.collect(Collectors.toMap(AssignmentView::courseId, Function.identity()));
		List<Section> open = new ArrayList<>();
		List<Section> finished = new ArrayList<>();
		for (Course course : contents.courses()) {
			CourseProgress progress = learning.progress(course.id());
			AssignmentView assignment = assigned.get(course.id());
			Section card = new Section();
			card.addClassName("ao-card");
			card.setId("course-" + course.id());
			H2 title = new H2(course.title().in(locale));
			// computed from the content: the refresher path for a refresher, else the
			// main path
			Paragraph about = new Paragraph(getTranslation("my-training.duration",
					progress.delta() && course.deltaRecord().isPresent() ? course.deltaPath().length().mainMinutes()
							: progress.refresher() ? course.length().refresher().minutes() : course.durationMinutes()));
			about.setId("duration-" + course.id());
			Span label = new Span(getTranslation("learning.progress", progress.percent()));
			label.setId("progress-label-" + course.id());
			ProgressBar bar = new ProgressBar(0, 100, progress.percent());
			bar.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
			boolean acknowledgeLeft = progress.next().kind() == NextStep.Kind.ACKNOWLEDGE;
			String status = progress.completed() ? getTranslation("my-training.status.completed")
					: progress.started() ? getTranslation("my-training.status.in-progress")
							: getTranslation("my-training.status.not-started");
			Paragraph state = new Paragraph(status);
			state.setId("status-" + course.id());
			boolean done = progress.completed();
			if (assignment != null) {
				state.setText(getTranslation("status." + assignment.status().name()));
				state.addClassName("ao-status-" + assignment.status().name().toLowerCase(Locale.ROOT));
				boolean valid = assignment.status() == AssignmentStatus.COMPLETED;
				// done online, or done elsewhere (a classroom, a certificate from before
				// the
				// system) with no new run started here
				done = valid && (progress.completed() || !progress.started());
				if (valid && assignment.validUntil() != null) {
					// done looks done: valid until, and the date the repeat must be done
					// by (it can be done at any time before; not a due date that reads
					// like a new task, nor a start date the reminders contradict)
					String until = Dates.day(assignment.validUntil(), locale);
					Paragraph validity = new Paragraph(
							!assignment.open() ? getTranslation("my-training.valid-until", until)
									: assignment.dueOn().equals(assignment.validUntil())
											? getTranslation("my-training.valid-until-refresher-same", until)
											: getTranslation("my-training.valid-until-refresher", until,
													Dates.day(assignment.dueOn(), locale)));
					validity.setId("valid-until-" + course.id());
					card.add(validity);
				}
				else if (assignment.open() && assignment.status() != AssignmentStatus.EXEMPT && !acknowledgeLeft) {
					// the date with the days left (or late), the reason after it
					long days = ChronoUnit.DAYS.between(today, assignment.dueOn());
					Paragraph due = new Paragraph(
							getTranslation("my-training.due", Dates.day(assignment.dueOn(), locale),
									getTranslation("reason." + assignment.reason().name()), days, Math.abs(days)));
					due.setId("due-" + course.id());
					card.add(due);
				}
			}
			Paragraph acknowledgeBy = null;
			if (acknowledgeLeft) {
				// passed, not yet confirmed: that one step, and by when (a late person
				// stays
				// late until it is done)
				state.setText(getTranslation("my-training.one-step-left"));
				state.setClassName("ao-one-step-left");
				if (assignment != null && assignment.open() && assignment.status() != AssignmentStatus.EXEMPT
						&& assignment.status() != AssignmentStatus.DEFERRED) {
					Paragraph by = new Paragraph(getTranslation(
							assignment.status().late() ? "my-training.acknowledge-late" : "my-training.acknowledge-by",
							Dates.day(assignment.dueOn(), locale)));
					by.setId("acknowledge-by-" + course.id());
					acknowledgeBy = by;
				}
			}
			card.addClassName(done ? "ao-card-done" : "ao-card-todo");
			if (!done && assignment != null && assignment.open() && assignment.status().late()) {
				// late or expired needs the learner most: red, as HR and the manager
				// see it, not the grey of a lapsed certificate
				card.addClassName("ao-must-act");
				state.addClassName("ao-late-status");
			}
			String action = done || progress.next().kind() == NextStep.Kind.DONE ? "my-training.view" : acknowledgeLeft
					? "my-training.acknowledge" : progress.started() ? "my-training.continue" : "my-training.start";
			// not started: the course's outline first, which leads to the first lesson
			String target = progress.started() ? target(course.id(), progress.next()) : "course/" + course.id();
			Button go = new Button(getTranslation(action), click -> getUI().ifPresent(ui -> ui.navigate(target)));
			go.setId("go-" + course.id());
			if (!done) {
				go.addThemeVariants(ButtonVariant.PRIMARY);
			}
			go.setAriaLabel(getTranslation(action) + ": " + course.title().in(locale));
			card.add(about, state);
			if (acknowledgeBy != null) {
				card.add(acknowledgeBy);
			}
			if (!done && !acknowledgeLeft && progress.minutesLeft() > 0) {
				// how much is left, computed from the content as the duration is
				Paragraph left = new Paragraph(getTranslation("my-training.time-left", progress.minutesLeft()));
				left.setId("time-left-" + course.id());
				card.add(left);
			}
			if (!done || progress.completed()) {
				// a completion from elsewhere has no online progress to show
				card.add(label, bar);
			}
			Div buttons = new Div(go);
			buttons.addClassName("ao-card-actions");
			card.add(buttons);
			if (done) {
				// what a finished training is for: the certificate first and primary
				Anchor certificate = new Anchor("certificates", getTranslation("my-training.certificate"));
				certificate.setId("certificate-" + course.id());
				certificate.addClassName("ao-button-link");
				certificate.addClassName("ao-button-link-primary");
				buttons.addComponentAsFirst(certificate);
			}
			card.addComponentAsFirst(title);
			(done ? finished : open).add(card);
		}
		// what the learner must still do above what is done
		open.forEach(this::add);
		finished.forEach(this::add);

		List<CompletionSummary> completions = records.myCompletions();
		// completions recorded elsewhere (a classroom, a certificate from before the
		// system) count too: the same story as the card and the certificate
		Set<String> online = completions.stream().map(CompletionSummary::courseId).collect(Collectors.toSet());
		List<AssignmentView> elsewhere = assigned.values()
			.stream()
			.filter(assignment -> assignment.lastCompletedOn() != null && !online.contains(assignment.courseId()))
			.toList();
		add(new H2(getTranslation("my-training.completed")));
		if (completions.isEmpty() && elsewhere.isEmpty()) {
			add(new Paragraph(getTranslation("my-training.none-completed")));
		}
		else {
			UnorderedList list = new UnorderedList();
			list.setId("completions");
			for (CompletionSummary completion : completions) {
				list.add(new ListItem(getTranslation("my-training.completion",
						title(contents, completion.courseId(), locale), completion.courseVersion(),
						Dates.day(LocalDate.ofInstant(completion.passedAt(), TimeConfiguration.ZONE), locale))));
			}
			for (AssignmentView assignment : elsewhere) {
				list.add(new ListItem(getTranslation("my-training.completion.elsewhere",
						title(contents, assignment.courseId(), locale),
						Dates.day(assignment.lastCompletedOn(), locale))));
			}
			add(new Div(list));
		}
		// sections of other features (e.g. the reminders sent), without knowing them
		sections.orderedStream().map(PersonTrainingSection::mine).flatMap(Optional::stream).forEach(this::add);
	}

	private static String title(ContentService contents, String courseId, Locale locale) {
		return contents.current(courseId).map(course -> course.title().in(locale)).orElse(courseId);
	}

	private static String target(String courseId, NextStep next) {
		return switch (next.kind()) {
			case LESSON -> "course/" + courseId + "/lesson/" + next.id();
			case SCENARIO -> "course/" + courseId + "/scenario/" + next.id();
			case ASSESSMENT, ACKNOWLEDGE -> "course/" + courseId + "/assessment";
			case DONE -> "course/" + courseId;
		};
	}

	@Override
	public String getPageTitle() {
		return getTranslation("my-training.title") + " – " + getTranslation("app.name");
	}

}
