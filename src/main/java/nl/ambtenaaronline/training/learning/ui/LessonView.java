package nl.ambtenaaronline.training.learning.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.LessonSection;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.shared.Roles;

/** One lesson: its sections with the rules each covers, then "read, next". */
@Route("course/:courseId/lesson/:lessonId")
@RolesAllowed(Roles.EMPLOYEE)
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LearningService learning;

	private final ContentService contents;

	private String title = "";

	LessonView(LearningService learning, ContentService contents) {
		this.learning = learning;
		this.contents = contents;
		addClassName("ao-page");
		addClassName("ao-lesson");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String courseId = event.getRouteParameters().get("courseId").orElse("");
		String lessonId = event.getRouteParameters().get("lessonId").orElse("");
		removeAll();
		Course course = learning.course(courseId);
		Lesson lesson = course.lesson(lessonId).orElse(null);
		if (lesson == null) {
			add(new H1(getTranslation("learning.not-found")));
			return;
		}
		Locale locale = getLocale();
		title = lesson.title().in(locale);
		Anchor back = new Anchor(CourseRoutes.course(courseId), getTranslation("learning.back-to-course"));
		add(back, Stepper.lesson(new Paragraph(), learning.progress(courseId), lessonId), new H1(title));
		String intro = lesson.introHtml().in(locale);
		if (!intro.isBlank()) {
			add(html(intro, locale));
		}
		for (int number = 1; number <= lesson.sections().size(); number++) {
			LessonSection section = lesson.sections().get(number - 1);
			Section part = new Section();
			// the result of the test links here to reread it
			part.setId(CourseRoutes.sectionId(number));
			part.addClassName("ao-section");
			part.add(new H2(section.title().in(locale)));
			part.add(new RuleTags(course, section.rules(), locale));
			part.add(html(section.html().in(locale), locale));
			add(part);
		}
		List<String> order = learning.progress(courseId)
			.lessons()
			.stream()
			.map(CourseProgress.LessonProgress::id)
			.toList();
		int index = order.indexOf(lessonId);
		Button read = new Button(getTranslation("learning.mark-read"), click -> {
			learning.markLessonRead(courseId, lessonId);
			// the next lesson, after the last one the step the learner continues with
			String target = index >= 0 && index + 1 < order.size() ? CourseRoutes.lesson(courseId, order.get(index + 1))
					: Stepper.next(courseId, learning.progress(courseId).next());
			getUI().ifPresent(ui -> ui.navigate(target));
		});
		read.setId("mark-read");
		read.addThemeVariants(ButtonVariant.PRIMARY);
		read.setDisableOnClick(true);
		add(new Paragraph(getTranslation("learning.read-hint")), read);
	}

	private Html html(String fragment, Locale locale) {
		return new Html(
				"<div class=\"ao-markdown\">" + contents.resolvePlaceholdersInHtml(fragment, locale) + "</div>");
	}

	@Override
	public String getPageTitle() {
		return title + " – " + getTranslation("app.name");
	}

}
