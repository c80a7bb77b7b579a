package nl.ambtenaaronline.training.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An address that is no page (or, in production, a page refused to the signed-in person:
 * Vaadin reports both as not found), shown inside the layout.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends RouteErrorView implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return show(kindOf(event));
	}

}
