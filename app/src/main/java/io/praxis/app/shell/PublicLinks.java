package io.praxis.app.shell;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of Praxis pages, for links an admin copies into an e-mail (invites,
 * password links).
 *
 * <p>The base is {@code praxis.public-url} when set, which is what an install behind a reverse
 * proxy should do: without it the base comes from the current request's scheme, host and port,
 * and a request's Host header is chosen by the client. Outside a request the address stays
 * relative.
 */
@Component
public class PublicLinks {

    private final String configuredBase;

    PublicLinks(@Value("${praxis.public-url:}") String configuredBase) {
        this.configuredBase = configuredBase.strip().replaceAll("/+$", "");
    }

    /** The absolute address of an app path such as {@code reset/abc}. */
    public String absolute(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String base = configuredBase.isEmpty() ? fromRequest() : configuredBase;
        return base + "/" + relative;
    }

    private static String fromRequest() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest servletRequest)) {
            return "";
        }
        HttpServletRequest request = servletRequest.getHttpServletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
