package nl.ambtenaaronline.training.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page the signed-in person may not open, shown inside the layout. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends RouteErrorView implements HasErrorParameter<AccessDeniedException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return show(Kind.DENIED);
	}

}
