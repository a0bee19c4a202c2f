package io.praxis.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for any address that is not a page of Praxis, with HTTP status 404. */
@PageTitle("Page not found · Praxis")
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorViews.fill(this, "not-found", "We could not find that page",
                "The address /" + event.getLocation().getPath()
                        + " does not lead anywhere in Praxis. It may have moved, or the link may be mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
