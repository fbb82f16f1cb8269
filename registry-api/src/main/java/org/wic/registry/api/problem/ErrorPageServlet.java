package org.wic.registry.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page (web.xml) for whatever fails outside JAX-RS: a path no servlet or static file
 * serves, a method a static file does not allow, a failure in a filter. It answers the same
 * problem+json the API does, in place of the server's HTML page.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error";
    private static final long serialVersionUID = 1L;
    /** What a path outside the API (a page, a static file) answers to. */
    private static final String STATIC_METHODS = "GET, HEAD, OPTIONS";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            // the static-file servlet's answer to PATCH or another method it lacks: to a client, a method not allowed here
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
            response.setHeader("Allow", STATIC_METHODS);
        }
        String path = code == null ? request.getRequestURI() : String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        ProblemWriter.write(response, Problems.ofStatus(status, detail(status, path)));
    }

    private static String detail(int status, String path) {
        return switch (status) {
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> "This method is not allowed on " + path + "; allowed: " + STATIC_METHODS + ".";
            case 500 -> "The registry failed to answer this request.";
            default -> Problems.reasonPhrase(status) + ".";
        };
    }
}
