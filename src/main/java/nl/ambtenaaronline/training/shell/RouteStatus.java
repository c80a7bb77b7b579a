package nl.ambtenaaronline.training.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.ambtenaaronline.training.security.AccountService;

import org.springframework.stereotype.Component;

/**
 * The HTTP status of a page load: 404 for an address that is no page, 403 for a page the
 * signed-in person may not open (the page shown is the same: {@link NotFoundView} or
 * {@link AccessDeniedView} inside the layout). A person who must first finish a step of
 * their sign-in (second factor, new password) gets that step with 200. A signed-out
 * person never gets here for a page that needs a sign-in: the security chain sends them
 * to the login page first.
 */
@Component
class RouteStatus implements VaadinServiceInitListener, IndexHtmlRequestListener {

	private final AccountService accounts;

	RouteStatus(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(this);
	}

	@Override
	public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
		if (accounts.requiredStep().isPresent()) {
			return;
		}
		RouteErrorView.Kind kind = RouteErrorView.kindOf(path(response.getVaadinRequest()));
		if (kind != null) {
			response.getVaadinResponse().setStatus(kind.status);
		}
	}

	/** The route path of the request: the path inside the servlet, without slashes. */
	static String path(VaadinRequest request) {
		String path = request.getPathInfo();
		if (path == null) {
			return "";
		}
		return path.replaceAll("^/+|/+$", "");
	}

}
