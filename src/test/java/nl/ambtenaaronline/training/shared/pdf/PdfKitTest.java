package nl.ambtenaaronline.training.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.PdfA;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archival-PDF kit without Spring: a document of several pages with headings,
 * paragraphs, tables, rules and the city mark is PDF/A-2u and PDF/UA-1 by veraPDF and the
 * same every time; the city mark is read by Batik.
 */
class PdfKitTest {

	static final PdfKit KIT = PdfKit.load("images/city-mark.svg");

	static final Instant CREATED = Instant.parse("2026-03-12T09:15:02.5Z");

	static byte[] longDocument(String identity) throws IOException {
		try (ArchivalDocument document = KIT
			.open(new DocumentInfo("Proef & <document>", "Gemeente Amsterdam", "nl-NL", CREATED, identity))) {
			PageFlow flow = new PageFlow(document, PDRectangle.A4, 50, (page, size, margin) -> page.artifact(() -> {
				page.content().setNonStrokingColor(Color.RED);
				page.content().addRect(margin, size.getHeight() - margin + 10, size.getWidth() - 2 * margin, 3);
				page.content().fill();
			}));
			flow.heading(1, "Proefdocument", 18);
			flow.rule(Color.RED, 2);
			flow.paragraph("Een alinea die over meer dan één regel loopt, ".repeat(20), 10);
			flow.heading(2, "Een tabel", 13);
			List<List<String>> rows = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				rows.add(
						List.of("rij " + i,
								"een cel met een woord dat veel te lang is: "
										+ "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
								Integer.toString(i)));
			}
			flow.table(new float[] { 100, 200, 60 }, new PageFlow.TableStyle(9, true, true),
					List.of("Naam", "Tekst", "Getal"), rows, List.of("Totaal", "", "3160"));
			TaggedPage last = document.newPage(PDRectangle.A4);
			last.figure(KIT.cityMark().title(), () -> KIT.cityMark().draw(last.content(), 50, 700, 72));
			last.tagged("P", "en-GB",
					() -> last.text(document.regular(), 10, Color.BLACK, 80, 700, "An English line, tagged so"));
			return document.save();
		}
	}

	@Test
	void aDocumentOfSeveralPagesIsPdfA2uAndPdfUa1WithoutAnyViolation() throws Exception {
		byte[] pdf = longDocument("test:1");
		assertThat(PdfA.violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
		assertThat(PdfA.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(3);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Proef & <document>");
			assertThat(document.getDocumentInformation().getCreationDate().toInstant())
				.isEqualTo(Instant.parse("2026-03-12T09:15:02Z"));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Proefdocument", "rij 79", "Totaal", "An English line");
		}
	}

	@Test
	void theSameDocumentGivesTheSameBytesAndAnotherIdentityOtherBytes() throws Exception {
		assertThat(longDocument("test:1")).isEqualTo(longDocument("test:1"));
		assertThat(longDocument("test:2")).isNotEqualTo(longDocument("test:1"));
	}

	@Test
	void aWordLongerThanTheWidthIsCutAndAnEmptyTextIsOneEmptyLine() throws IOException {
		try (ArchivalDocument document = KIT.open(new DocumentInfo("t", null, "nl-NL", CREATED, "t"))) {
			List<String> lines = PdfText.wrap("kort " + "x".repeat(60), document.regular(), 10, 100);
			assertThat(lines).hasSizeGreaterThan(2).first().isEqualTo("kort");
			assertThat(lines)
				.allSatisfy(line -> assertThat(PdfText.width(line, document.regular(), 10)).isLessThanOrEqualTo(100));
			assertThat(PdfText.wrap("", document.regular(), 10, 100)).containsExactly("");
		}
	}

	@Test
	void theCityMarkOfTheShellIsReadAsThreeRedShapesWithItsTitleAsAlternativeText() {
		CityMark mark = KIT.cityMark();
		assertThat(mark.title()).isEqualTo("Stadsmerk: drie Andreaskruisen");
		assertThat(mark.aspect()).isEqualTo(24.0 / 72.0);
		assertThat(mark.outlines()).hasSize(3)
			.allSatisfy(outline -> assertThat(outline.fill()).isEqualTo(new Color(0xec, 0x00, 0x00)));
		// the third cross is the first moved down by 51 (a use element)
		assertThat(mark.outlines().get(2).shape().getBounds2D().getY())
			.isEqualTo(mark.outlines().get(0).shape().getBounds2D().getY() + 51);
	}

	@Test
	void anSvgWithADoctypeIsRefused() {
		assertThatThrownBy(() -> CityMark.parse(
				svg("""
						<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
						<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0h1v1z"/><title>&x;</title></svg>""")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anSvgThatLoadsAnotherFileIsRefused() {
		assertThatThrownBy(() -> CityMark.parse(svg("""
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
				  <use href="file:///etc/other.svg#x"/></svg>"""))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMarkWithAGradientIsRefusedWithTheReason() {
		assertThatThrownBy(() -> CityMark.parse(
				svg("""
						<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
						  <defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs>
						  <rect width="10" height="10" fill="url(#g)"/></svg>""")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("flat colours");
	}

	@Test
	void shapesStrokesAndTransformsOfAnotherCitysMarkAreDrawn() throws IOException {
		CityMark mark = CityMark.parse(svg("""
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" aria-label="Wapen">
				  <g transform="translate(20 0)"><circle cx="10" cy="10" r="8" fill="#004699"/></g>
				  <rect x="2" y="2" width="12" height="16" fill="none" stroke="black" stroke-width="2"/></svg>"""));
		assertThat(mark.title()).isEqualTo("Wapen");
		assertThat(mark.aspect()).isEqualTo(2.0);
		assertThat(mark.outlines()).hasSize(2);
		assertThat(mark.outlines().get(0).shape().getBounds2D().getX()).isEqualTo(22.0);
		assertThat(mark.outlines().get(1).fill()).isEqualTo(Color.BLACK);
	}

	private static byte[] svg(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
