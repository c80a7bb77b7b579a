package nl.ambtenaaronline.training.employee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The file layer on its own: encodings, separators, header names, dates and limits. */
class RosterFileReaderTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final RosterImportProperties DEFAULTS = new RosterImportProperties(100_000, DataSize.ofMegabytes(10), 10,
			500);

	record Read(RosterFileReader.Result result, List<RosterRow> rows, RosterProblems problems) {
	}

	static Read read(byte[] content, RosterImportProperties limits) {
		RosterProblems problems = new RosterProblems(100);
		List<RosterRow> rows = new ArrayList<>();
		RosterFileReader.Result result = RosterFileReader.read(content, limits, TODAY, problems, rows::add);
		return new Read(result, rows, problems);
	}

	static byte[] resource(String path) throws IOException {
		try (InputStream in = RosterFileReaderTest.class.getResourceAsStream("/roster/" + path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
	}

	@ParameterizedTest
	@CsvSource({ "utf8-bom-semicolon.csv, UTF-8, ';', Zoë, van der, Berg",
			"utf8-comma-english.csv, UTF-8, ',', Anne-Marie, , Jansen", "tabs.txt, UTF-8, '\t', Fatima, , El Amrani",
			"utf16le-excel-unicode-text.txt, UTF-16LE, '\t', Chloë, van 't, Hof",
			"windows-1252.csv, windows-1252, ';', Renée, d', Ancona" })
	void readsEachEncodingAndSeparatorWithAccentsAndTussenvoegsel(String file, String charset, char delimiter,
			String first, String tussenvoegsel, String last) throws IOException {
		Read read = read(resource("good/" + file), DEFAULTS);

		assertThat(read.problems().list()).isEmpty();
		assertThat(read.result().charset()).isEqualTo(charset);
		assertThat(read.result().delimiter()).isEqualTo(delimiter);
		RosterRow row = read.rows().getFirst();
		assertThat(row.firstName()).isEqualTo(first);
		assertThat(row.tussenvoegsel()).isEqualTo(tussenvoegsel);
		assertThat(row.lastName()).isEqualTo(last);
		assertThat(row.line()).isEqualTo(2);
	}

	@Test
	void readsUtf16WithoutBomByItsNuls() {
		String text = "personeelsnummer\tvoornaam\tachternaam\tafdelingscode\tleidinggevende\tdatum in dienst\r\n"
				+ "1\tEefje\tBrück\tA\t\t2020-01-01\r\n";
		Read little = read(text.getBytes(StandardCharsets.UTF_16LE), DEFAULTS);
		Read big = read(text.getBytes(StandardCharsets.UTF_16BE), DEFAULTS);

		assertThat(little.rows().getFirst().lastName()).isEqualTo("Brück");
		assertThat(big.rows().getFirst().lastName()).isEqualTo("Brück");
	}

	@ParameterizedTest
	@CsvSource({ "2024-03-05", "5-3-2024", "05-03-2024", "5-03-2024" })
	void acceptsTheThreeDateForms(String value) {
		assertThat(RosterFileReader.parseDate(value)).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@ParameterizedTest
	@CsvSource({ "2024-02-30", "31-4-2024", "2024/03/05", "5.3.2024", "03-05", "gisteren", "2024-3-5" })
	void rejectsOtherDates(String value) {
		assertThat(RosterFileReader.parseDate(value)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "medewerker, EMPLOYEE", "Employee, EMPLOYEE", "'', EMPLOYEE", "externe, CONTRACTOR",
			"CONTRACTOR, CONTRACTOR", "inhuur, CONTRACTOR", "stagiair, INTERN", "intern, INTERN" })
	void readsWorkerTypesInDutchAndEnglish(String value, WorkerType expected) {
		assertThat(RosterFileReader.parseWorkerType(value)).isEqualTo(expected);
	}

	@Test
	void matchesHeaderNamesIgnoringCaseSpacesAndPunctuation() {
		assertThat(RosterColumn.forHeader("Personeels_Nummer")).isEqualTo(RosterColumn.EMPLOYEE_NUMBER);
		assertThat(RosterColumn.forHeader(" E-mail ")).isEqualTo(RosterColumn.EMAIL);
		assertThat(RosterColumn.forHeader("DATUM IN DIENST")).isEqualTo(RosterColumn.START_DATE);
		assertThat(RosterColumn.forHeader("Manager employee number")).isEqualTo(RosterColumn.MANAGER);
		assertThat(RosterColumn.forHeader("salaris")).isNull();
	}

	@Test
	void picksTheSeparatorFromTheHeaderLineIgnoringQuotedOnes() {
		assertThat(RosterEncoding.delimiter("a;b;c")).isEqualTo(';');
		assertThat(RosterEncoding.delimiter("\"a;b;c\",d,e")).isEqualTo(',');
		assertThat(RosterEncoding.delimiter("a\tb;c\td")).isEqualTo('\t');
	}

	@Test
	void stopsAtTheRowLimitNamingTheLine() {
		StringBuilder text = new StringBuilder(
				"personeelsnummer;voornaam;achternaam;afdelingscode;leidinggevende;datum in dienst\n");
		for (int i = 1; i <= 6; i++) {
			text.append(i).append(";A;B;D;;2020-01-01\n");
		}
		Read read = read(text.toString().getBytes(StandardCharsets.UTF_8),
				new RosterImportProperties(5, DataSize.ofMegabytes(10), 10, 500));

		assertThat(read.result().fatal()).isTrue();
		assertThat(read.problems().list()).singleElement()
			.isEqualTo(RosterProblem.of(7, "", "roster.error.too-many-rows", 5));
	}

	@Test
	void rejectsAFileOverTheSizeLimitBeforeReadingIt() {
		Read read = read(new byte[2048], new RosterImportProperties(5, DataSize.ofKilobytes(1), 10, 500));

		assertThat(read.problems().list()).singleElement()
			.extracting(RosterProblem::messageKey)
			.isEqualTo("roster.error.file-too-large");
		assertThat(read.rows()).isEmpty();
	}

	@Test
	void keepsLeadingZerosAndFormulaLikeValuesAsText() throws IOException {
		Read read = read(resource("good/formula-values.csv"), DEFAULTS);

		assertThat(read.problems().list()).isEmpty();
		assertThat(read.rows()).extracting(RosterRow::firstName).containsExactly("=1+1", "+31", "@Jan");
		assertThat(read.rows().getFirst().lastName()).isEqualTo("=HYPERLINK(\"http://example.org\";\"klik\")");
		assertThat(read.rows().get(1).tussenvoegsel()).isEqualTo("-");
		assertThat(read.rows().getFirst().departmentName()).isEqualTo("@Formules");
	}

	@Test
	void countsPhysicalLinesAcrossBlankLinesAndQuotedLineBreaks() throws IOException {
		Read read = read(resource("broken/line-numbers-after-blank-and-multiline.csv"), DEFAULTS);

		assertThat(read.rows()).extracting(RosterRow::line).containsExactly(2L, 4L, 5L, 8L);
		assertThat(read.rows().get(2).firstName()).isEqualTo("Anna\nMaria");
	}

	@Test
	void keepsCountingProblemsBeyondTheOnesItLists() {
		StringBuilder text = new StringBuilder(
				"personeelsnummer;voornaam;achternaam;afdelingscode;leidinggevende;datum in dienst\n");
		for (int i = 1; i <= 30; i++) {
			text.append(i).append(";;B;D;;2020-01-01\n");
		}
		RosterProblems problems = new RosterProblems(10);
		RosterFileReader.read(text.toString().getBytes(StandardCharsets.UTF_8), DEFAULTS, TODAY, problems, row -> {
		});

		assertThat(problems.count()).isEqualTo(30);
		assertThat(problems.list()).hasSize(10);
	}

}
