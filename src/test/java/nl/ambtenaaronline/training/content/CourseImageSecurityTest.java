package nl.ambtenaaronline.training.content;

import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The image endpoint sits behind the login, and the application's chain does not block
 * it.
 */
@IntegrationTest
class CourseImageSecurityTest {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void anonymousVisitorsGetNoImage() throws Exception {
		mvc.perform(get("/course-images/social-media/1.0.0/logo.svg")).andExpect(status().isForbidden());
	}

	@Test
	void loggedInUsersReachTheImageEndpoint() throws Exception {
		mvc.perform(get("/course-images/social-media/1.0.0/logo.svg").with(user("medewerker").roles("EMPLOYEE")))
			.andExpect(status().isNotFound());
	}

}
