package org.wic.registry.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.api.security.RegistryAuthenticationMechanism;

import java.util.List;
import java.util.Optional;

/**
 * What JAX-RS itself refuses: an unknown path (404), a method the resource does not have (405),
 * an Accept it cannot serve (406), a body type it does not read (415). Headers the client needs
 * (Allow, WWW-Authenticate, Retry-After) are kept, and a 401 always carries the registry's challenge.
 */
@Provider
public class HttpStatusMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder answer = Problems.response(Problems.ofStatus(status, detail(status, original, e)));
        for (String header : KEPT_HEADERS) {
            original.getHeaders().getOrDefault(header, List.of()).forEach(value -> answer.header(header, value));
        }
        if (status == 401 && !original.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, RegistryAuthenticationMechanism.CHALLENGE); // a 401 always names its scheme
        }
        return answer.build();
    }

    private String detail(int status, Response original, WebApplicationException e) {
        String path = uriInfo == null ? "this path" : uriInfo.getRequestUri().getRawPath();
        return switch (status) {
            case 401 -> "Sign in: HTTP Basic for accounts, X-API-Key for partner systems.";
            case 403 -> ownMessage(e).orElse("Your role does not allow this.");
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> "This method is not allowed on " + path + "; allowed: " + String.join(", ", allowed(original)) + ".";
            case 406 -> "This resource answers application/json; the Accept header asks for something else.";
            case 415 -> "This resource reads application/json; send the body with Content-Type: application/json.";
            default -> Problems.reasonPhrase(status) + ".";
        };
    }

    /** The registry's own words (RoleCheck's), not JAX-RS's generic "HTTP 403 Forbidden". */
    private static Optional<String> ownMessage(WebApplicationException e) {
        return Optional.ofNullable(e.getMessage()).filter(message -> !message.startsWith("HTTP "));
    }

    private static List<String> allowed(Response original) {
        return original.getAllowedMethods().stream().sorted().toList();
    }
}
