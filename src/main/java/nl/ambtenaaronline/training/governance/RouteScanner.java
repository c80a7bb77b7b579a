package nl.ambtenaaronline.training.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Reads every screen of the application and its access annotations from the code, the
 * same annotations Vaadin enforces: {@code @Route}, {@code @Menu},
 * {@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}. A view without
 * any of them is open to nobody and is left out.
 */
final class RouteScanner {

	static final String BASE_PACKAGE = "nl.ambtenaaronline.training";

	private RouteScanner() {
	}

	static List<RouteAccess> scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		List<RouteAccess> routes = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
			String name = candidate.getBeanClassName();
			if (name == null) {
				continue;
			}
			Class<?> view = ClassUtils.resolveClassName(name, RouteScanner.class.getClassLoader());
			Route route = view.getAnnotation(Route.class);
			Menu menu = view.getAnnotation(Menu.class);
			String path = route.value();
			String title = menu == null ? null : menu.title();
			if (view.isAnnotationPresent(AnonymousAllowed.class)) {
				routes.add(new RouteAccess(path, title, RouteAccess.Audience.ANYONE, List.of()));
			}
			else if (view.isAnnotationPresent(PermitAll.class)) {
				routes.add(new RouteAccess(path, title, RouteAccess.Audience.SIGNED_IN, List.of()));
			}
			else if (view.isAnnotationPresent(RolesAllowed.class)) {
				List<String> roles = Arrays.stream(view.getAnnotation(RolesAllowed.class).value()).sorted().toList();
				routes.add(new RouteAccess(path, title, RouteAccess.Audience.ROLES, roles));
			}
		}
		routes.sort(Comparator.comparing(RouteAccess::route));
		return routes;
	}

}
