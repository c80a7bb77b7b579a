package nl.ambtenaaronline.training.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.QuestionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionOrdersTest {

	@Test
	void anOrderIsAPermutationOfTheOptionIds() {
		Random random = new Random(7);
		for (int size = 1; size <= 6; size++) {
			assertThat(OptionOrders.draw(size, random))
				.containsExactlyInAnyOrderElementsOf(IntStream.range(0, size).boxed().toList());
		}
	}

	@Test
	void twoDrawsGiveDifferentOrders() {
		Random random = new Random(11);
		List<List<Integer>> draws = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			draws.add(OptionOrders.draw(4, random));
		}
		assertThat(draws.stream().distinct().count()).as("of 24 possible orders").isGreaterThan(10);
	}

	@Test
	void theStoredFormReadsBackAndANullReadsAsFileOrder() {
		Map<String, List<Integer>> orders = Map.of("off-01", List.of(2, 0, 1), "s:1", List.of(1, 0));
		assertThat(OptionOrders.decode(OptionOrders.encode(orders))).isEqualTo(orders);
		assertThat(OptionOrders.orderOf(OptionOrders.decode(null), "off-01", 3)).containsExactly(0, 1, 2);
		assertThat(OptionOrders.orderOf(orders, "off-01", 4)).as("does not fit: file order")
			.containsExactly(0, 1, 2, 3);
	}

	/**
	 * The worst case the review found: in every question the correct option comes first
	 * in the file. Shown in a drawn order, "always choose the first option shown" scores
	 * what guessing scores, far below any pass mark, over many seeded attempts.
	 */
	@Test
	void alwaysChoosingTheFirstOptionShownNoLongerPasses() {
		List<Question> questions = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			questions.add(question("single-" + i, QuestionType.SINGLE, 4));
		}
		for (int i = 0; i < 3; i++) {
			questions.add(question("truefalse-" + i, QuestionType.TRUEFALSE, 2));
		}
		int attempts = 2000;
		int passed = 0;
		long correct = 0;
		int firstShownAlwaysCorrect = 0;
		for (int seed = 0; seed < attempts; seed++) {
			Random random = new Random(seed);
			int right = 0;
			for (Question question : questions) {
				int firstShown = OptionOrders.draw(question.options().size(), random).getFirst();
				if (Scoring.isCorrect(question, Set.of(firstShown))) {
					right++;
				}
			}
			correct += right;
			passed += right * 100 / questions.size() >= 80 ? 1 : 0;
			firstShownAlwaysCorrect += right == questions.size() ? 1 : 0;
		}
		double average = correct * 100.0 / ((long) attempts * questions.size());
		// guessing: (8 x 1/4 + 3 x 1/2) / 11 = 32 %
		assertThat(average).isBetween(27.0, 37.0);
		assertThat(firstShownAlwaysCorrect).isZero();
		assertThat(passed).as("attempts of %d that reach a pass mark of 80 %%", attempts).isLessThan(attempts / 100);
		// in file order the same strategy passes every time
		assertThat(questions).allMatch(question -> Scoring.isCorrect(question, Set.of(0)));
	}

	private static Question question(String id, QuestionType type, int options) {
		List<QuestionOption> list = new ArrayList<>();
		for (int i = 0; i < options; i++) {
			list.add(new QuestionOption(new LocalizedText("optie " + i, "option " + i), i == 0,
					new LocalizedText("", "")));
		}
		return new Question(id, type, List.of("R-1"), "R", new LocalizedText(id, id), list);
	}

}
