package org.wic.registry.api.limits;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * A query parameter longer than the OpenAPI document allows (every one: {@value #LONGEST_VALUE}
 * characters) is refused with a 400 before a resource reads it: no filter of this API needs more, and
 * a search for ten thousand characters is not one a caller meant.
 */
@Provider
public class QueryLengthFilter implements ContainerRequestFilter {

    /** The longest value of any query parameter; the document gives it as each one's maxLength. */
    public static final int LONGEST_VALUE = 500;
    /** A parameter's name as the problem quotes it (a hostile one may be long too). */
    private static final int LONGEST_NAME = 100;

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.length() > LONGEST_VALUE)) {
                String name = parameter.getKey();
                throw new InvalidInputException(name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "…" : name,
                        "must be at most " + LONGEST_VALUE + " characters");
            }
        }
    }
}
