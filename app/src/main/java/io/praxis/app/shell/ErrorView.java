package io.praxis.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a page fails unexpectedly. The visitor gets a reference to quote; the log gets
 * the same reference with the stack trace, so support can find it.
 */
@PageTitle("Something went wrong · Praxis")
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("event=page-error reference={} path=/{}", reference, event.getLocation().getPath(),
                parameter.getCaughtException());
        ErrorViews.fill(this, "error-page", "Something went wrong",
                "Praxis hit an unexpected problem showing this page. Nothing you saved is lost. "
                        + "Try again; if it keeps happening, quote reference " + reference + " to your admin.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
