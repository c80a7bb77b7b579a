package nl.ambtenaaronline.training;

import nl.ambtenaaronline.training.certificate.Passers;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The test fixtures as beans of every test context: a test class injects {@link Learners}
 * or {@link Passers} instead of the services that build them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

	@Bean
	Learners learners(EmployeeService employees, AccountService accounts, AuthenticationProvider provider) {
		return new Learners(employees, accounts, provider);
	}

	@Bean
	Passers passers(EmployeeService employees, AccountService accounts, AuthenticationProvider provider,
			UserDetailsService userDetails, LearningService learning, AssessmentService assessment,
			ContentService contents) {
		return new Passers(employees, accounts, provider, userDetails, learning, assessment, contents);
	}

}
