package nl.ambtenaaronline.training.security.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.ambtenaaronline.training.shared.AppProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: length over complexity, no composition rules, no
 * forced rotation; refuse the obvious: too short, too long, the person's user name, names
 * or employee number in it, and common passwords — a list of 30,000 English ones (the
 * password list of zxcvbn4j, {@code com.nulab-inc:zxcvbn}, MIT licence), about 200 Dutch
 * ones, the city's and the product's names, keyboard rows and digit sequences. The list
 * is compared without case, as the password is and as its letters are without the digits,
 * spaces and symbols around them ({@code Wachtwoord2026!} is {@code wachtwoord}), and a
 * word repeated ({@code zomerzomer}) counts as the word.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** The product's name, refused like the city's. */
	public static final String PRODUCT = "Ambtenaar Online";

	/** The English list inside the zxcvbn4j jar (MIT licence). */
	public static final String ENGLISH_LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	public static final String DUTCH_LIST = "security/common-passwords-nl.txt";

	private static final List<String> SEQUENCES = List.of("01234567890123456789012345678901234567890",
			"09876543210987654321098765432109876543210", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
			"abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba", "mnbvcxzlkjhgfdsapoiuytrewq",
			"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp");

	private final Set<String> context;

	@Autowired
	public PasswordPolicy(AppProperties properties) {
		this(properties.cityName());
	}

	/**
	 * A policy that also refuses the city's name (and the words of it) and the product's.
	 */
	public PasswordPolicy(String cityName) {
		Set<String> words = new HashSet<>();
		for (String name : List.of(cityName, PRODUCT)) {
			words.add(letters(name));
			for (String word : name.split("[^\\p{L}]+")) {
				if (word.length() >= 4) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		this.context = Set.copyOf(words);
	}

	/** How many entries the common-password list has (both languages). */
	public static int commonPasswordCount() {
		return Common.LIST.size();
	}

	/**
	 * The message key of the first rule the password breaks, if any.
	 * @param personal the user name, then the person's names and employee number: none of
	 * them may be in the password (names of at least 4 letters)
	 */
	public Optional<String> check(String password, List<String> personal) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String compact = compact(lower);
		for (int i = 0; i < personal.size(); i++) {
			if (containsPersonal(compact, personal.get(i), i == 0 ? 3 : 4)) {
				return Optional.of("password.contains-username");
			}
		}
		String letters = letters(lower);
		if (Common.LIST.contains(lower) || Common.LIST.contains(compact) || lower.chars().distinct().count() < 4
				|| common(letters) || sequence(compact)) {
			return Optional.of("password.too-common");
		}
		return Optional.empty();
	}

	private static boolean containsPersonal(String compact, String word, int minimum) {
		String plain = compact(word.toLowerCase(Locale.ROOT));
		if (plain.length() >= minimum && compact.contains(plain)) {
			return true;
		}
		// an employee number: its digits alone too ("T-20417" in "...20417...")
		String digits = plain.replaceAll("[^0-9]", "");
		return digits.length() >= 4 && compact.contains(digits);
	}

	/**
	 * The letters of the password are a listed word, the city, the product, or one
	 * repeated.
	 */
	private boolean common(String letters) {
		if (letters.length() < 3) {
			return false;
		}
		if (Common.LIST.contains(letters) || context.contains(letters)) {
			return true;
		}
		for (int unit = 1; unit <= letters.length() / 2; unit++) {
			if (letters.length() % unit == 0) {
				String word = letters.substring(0, unit);
				if (word.repeat(letters.length() / unit).equals(letters)
						&& (unit <= 3 || Common.LIST.contains(word) || context.contains(word))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sequence(String compact) {
		return compact.length() >= 6 && SEQUENCES.stream().anyMatch(row -> row.contains(compact));
	}

	private static String compact(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static String letters(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}

	/** The list, read once. */
	private static final class Common {

		static final Set<String> LIST = load();

		private static Set<String> load() {
			Set<String> list = new HashSet<>();
			read(ENGLISH_LIST, list);
			read(DUTCH_LIST, list);
			return Set.copyOf(list);
		}

		private static void read(String resource, Set<String> into) {
			try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Common-password list missing: " + resource);
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.forEach(line -> into.add(line.toLowerCase(Locale.ROOT)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
