package nl.ambtenaaronline.training.security;

import java.util.List;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSR-250 method security wraps every service and no view: views are checked by Vaadin's
 * navigation access control instead of a method-security proxy per instance.
 */
class MethodSecurityPointcutTest {

	private final PointcutAdvisor advisor = (PointcutAdvisor) SecurityConfiguration.jsr250MethodSecurity();

	@Test
	void everyServiceIsUnderMethodSecurity() {
		List<Class<?>> services = classesAnnotatedWith(Service.class);

		assertThat(services).hasSizeGreaterThan(10);
		assertThat(services).allSatisfy(service -> assertThat(AopUtils.canApply(advisor, service))
			.as("%s under method security", service.getName())
			.isTrue());
	}

	@Test
	void noViewIsWrappedInAMethodSecurityProxy() {
		List<Class<?>> views = classesAnnotatedWith(Route.class);

		assertThat(views).hasSizeGreaterThan(10);
		assertThat(views).allSatisfy(view -> assertThat(AopUtils.canApply(advisor, view))
			.as("%s wrapped for method security", view.getName())
			.isFalse());
	}

	private static List<Class<?>> classesAnnotatedWith(Class<? extends java.lang.annotation.Annotation> annotation) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
		return scanner.findCandidateComponents("nl.ambtenaaronline.training")
			.stream()
			.<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
					MethodSecurityPointcutTest.class.getClassLoader()))
			.toList();
	}

}
