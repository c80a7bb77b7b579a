package nl.ambtenaaronline.training.operations;

import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * Counts the answers learning stores, without learning knowing: around its answering
 * methods and outside their transaction, so that only committed answers count.
 */
@Configuration(proxyBeanMethods = false)
class AnswerCounting {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor answerCountingAdvisor(ObjectProvider<OperationsMetrics> metrics) {
		MethodInterceptor counting = invocation -> {
			Object result = invocation.proceed();
			metrics.ifAvailable(OperationsMetrics::answerStored);
			return result;
		};
		NameMatchMethodPointcutAdvisor advisor = new NameMatchMethodPointcutAdvisor(counting);
		advisor.setMappedNames(OperationsMetrics.ANSWERING.toArray(String[]::new));
		advisor.setClassFilter(
				type -> LearningService.class.isAssignableFrom(type) || AssessmentService.class.isAssignableFrom(type));
		// outside the transaction interceptor (lowest precedence): counted after the
		// commit
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return advisor;
	}

}
