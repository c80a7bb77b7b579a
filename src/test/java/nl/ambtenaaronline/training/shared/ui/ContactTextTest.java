package nl.ambtenaaronline.training.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class ContactTextTest {

	@Test
	void theAddressAndTheNumberBecomeLinksAndTheRestStaysText() {
		Paragraph paragraph = ContactText
			.paragraph("Neem contact op met HR Servicepunt, hr-servicepunt@gemeente.example, 14\u00a0020.");
		List<Component> parts = paragraph.getChildren().toList();
		assertThat(paragraph.getElement().getTextRecursively())
			.isEqualTo("Neem contact op met HR Servicepunt, hr-servicepunt@gemeente.example, 14\u00a0020.");
		assertThat(parts).hasSize(5);
		assertThat(((Text) parts.get(0)).getText()).isEqualTo("Neem contact op met HR Servicepunt, ");
		assertThat(((Anchor) parts.get(1)).getHref()).isEqualTo("mailto:hr-servicepunt@gemeente.example");
		assertThat(((Anchor) parts.get(3)).getHref()).isEqualTo("tel:14020");
		assertThat(((Anchor) parts.get(3)).getText()).isEqualTo("14\u00a0020");
		assertThat(((Text) parts.get(4)).getText()).isEqualTo(".");
	}

	@Test
	void anInternationalNumberWithHyphensKeepsItsPlus() {
		Paragraph paragraph = ContactText.paragraph("Bel +31 20-123 4567 of mail");
		assertThat(paragraph.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
			.containsExactly("tel:+31201234567");
	}

	@Test
	void shortNumbersDatesAndVersionsStayText() {
		Paragraph paragraph = ContactText.paragraph("Kamer 12, versie 1.1.12, open tot 17.00 uur");
		assertThat(paragraph.getChildren().filter(Anchor.class::isInstance)).isEmpty();
		assertThat(paragraph.getElement().getTextRecursively())
			.isEqualTo("Kamer 12, versie 1.1.12, open tot 17.00 uur");
	}

	@Test
	void nothingInTheSettingIsReadAsMarkup() {
		Paragraph paragraph = ContactText.paragraph("<b>HR</b> hr@gemeente.example");
		assertThat(((Text) paragraph.getChildren().findFirst().orElseThrow()).getText()).isEqualTo("<b>HR</b> ");
	}

}
