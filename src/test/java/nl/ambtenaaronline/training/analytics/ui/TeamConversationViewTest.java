package nl.ambtenaaronline.training.analytics.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.analytics.ConversationDepartment;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team conversation screen without a browser, on the demo city's learning activity.
 */
@IntegrationTest
class TeamConversationViewTest extends SpringBrowserlessTest {

	String status() {
		return $(Paragraph.class).id("team-conversation-status").getText();
	}

	List<Section> topics() {
		return $(Section.class).from($(Div.class).id("team-conversation-topics")).all();
	}

	@SuppressWarnings("unchecked")
	Select<ConversationDepartment> department() {
		return $(Select.class).id("team-conversation-department");
	}

	@Test
	@WithUserDetails("manager")
	void theDemoManagerSeesThreeRulesOfTheirDepartmentWithCasesQuestionsAndADownload() {
		navigate(TeamConversationView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Teamgesprek over de richtlijn");
		assertThat(department().getListDataView().getItems()).extracting(ConversationDepartment::code)
			.containsExactly("VOR");
		assertThat(department().getValue().code()).isEqualTo("VOR");
		assertThat(status()).contains("minstens 10 personen");
		assertThat(topics()).hasSize(3);
		Section first = topics().getFirst();
		assertThat($(ListItem.class).from(first).all()).extracting(ListItem::getText)
			.hasSize(3)
			.first()
			.isEqualTo("Wat zou jij doen in deze situatie, en waarom?");
		assertThat($(Paragraph.class).from(first).all()).anyMatch(p -> p.hasClassName("ao-situation"));
		// the section leads with the rule in words, its code a small tag after it
		H2 heading = $(H2.class).from(first).single();
		assertThat(heading.getText()).startsWith("1. ").doesNotMatch("1\\. Regel [A-Z]+-\\d+");
		assertThat($(Span.class).from(heading).all())
			.anyMatch(span -> span.hasClassName("ao-code") && span.getText().matches("[A-Z]+-\\d+"));
		assertThat($(Anchor.class).id("team-conversation-pdf").isVisible()).isTrue();
	}

	@Test
	@WithUserDetails("hr")
	void aDepartmentWithoutAGroupOfTheMinimumSizeShowsNothingAndNoDownload() {
		navigate(TeamConversationView.class);
		assertThat(department().getListDataView().getItems()).extracting(ConversationDepartment::code)
			.contains("VOR", "WON", "PO");
		ConversationDepartment quiet = department().getListDataView()
			.getItems()
			.filter(d -> d.code().equals("PO"))
			.findFirst()
			.orElseThrow();
		department().setValue(quiet);
		assertThat(status()).contains("nog geen groep van minstens 10 personen");
		assertThat(topics()).isEmpty();
		// the query finds visible components only: no download to offer
		assertThat($(Anchor.class).all())
			.noneMatch(anchor -> anchor.getId().orElse("").equals("team-conversation-pdf"));
	}

}
