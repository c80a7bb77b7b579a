package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.time.Period;

import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The learning journey's retention rules: individual answers a short time after the
 * course was passed, attempts after a longer one. Periods count back from now in
 * Amsterdam time.
 */
@Configuration(proxyBeanMethods = false)
class LearningRetention {

	@Bean
	RetentionRule answerRetention(LearningService learning) {
		return new Rule(RetentionKind.ANSWERS, "learning-answers-after-passing", learning);
	}

	@Bean
	RetentionRule attemptRetention(LearningService learning) {
		return new Rule(RetentionKind.ATTEMPTS, "learning-attempts", learning);
	}

	private record Rule(RetentionKind kind, String name, LearningService learning) implements RetentionRule {

		@Override
		public Erasure apply(Period period, Instant now) {
			Instant cutoff = RetentionRule.cutoff(period, now);
			return kind == RetentionKind.ANSWERS ? learning.eraseAnswers(cutoff, now) : learning.eraseAttempts(cutoff);
		}

	}

}
