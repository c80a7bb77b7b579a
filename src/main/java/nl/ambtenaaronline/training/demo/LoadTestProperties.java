package nl.ambtenaaronline.training.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The learners of the {@code loadtest} profile ({@code app.loadtest.*}); unused
 * otherwise.
 *
 * @param learners how many learners {@code load-00001} … to have
 * @param password their password; required in the profile, none by default
 * @param threads how many are created at the same time
 */
@ConfigurationProperties("app.loadtest")
public record LoadTestProperties(@DefaultValue("500") int learners, @Nullable String password,
		@DefaultValue("4") int threads) {

}
