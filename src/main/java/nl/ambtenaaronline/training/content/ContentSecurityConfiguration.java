package nl.ambtenaaronline.training.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lesson images ({@code /course-images/**}) for every logged-in user: read-only, from the
 * same session as the application. The application's own chain denies paths that are not
 * Vaadin's, so this chain comes first and only matches the images.
 */
@Configuration(proxyBeanMethods = false)
class ContentSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain courseImagesSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/" + CourseLoader.IMAGE_URL_PREFIX + "**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
