package org.wic.registry.api.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the registry's
 * resources (method first, then class). No credentials where a role is needed is a 401 with the
 * Basic challenge; the wrong role is a 403. A registry resource method with none of the three is
 * denied: nothing becomes public by forgetting an annotation.
 * <p>
 * It runs just before the AUTHORIZATION stage, because Payara's MicroProfile JWT module registers
 * a {@code @RolesAllowed} filter of its own there, whose 401 has no challenge and talks of JWT; at
 * the same priority the two would run in an order that changes from one deployment to the next.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());
    private static final String REGISTRY_PACKAGE = "org.wic.registry";
    static final int PRIORITY = Priorities.AUTHORIZATION - 100;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null || !type.getName().startsWith(REGISTRY_PACKAGE)) {
            return; // JAX-RS's own OPTIONS and HEAD handling
        }
        AnnotatedElement decisive = decisive(method, type);
        if (decisive == null) {
            LOG.warning(() -> type.getName() + "." + method.getName() + " has no @PermitAll or @RolesAllowed: denied to everyone");
            context.register(new Filter(List.of()), PRIORITY);
        } else if (decisive.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Filter(List.of(decisive.getAnnotation(RolesAllowed.class).value())), PRIORITY);
        } else if (decisive.isAnnotationPresent(DenyAll.class)) {
            context.register(new Filter(List.of()), PRIORITY);
        }
    }

    private static AnnotatedElement decisive(Method method, Class<?> type) {
        for (AnnotatedElement element : List.of(method, type)) {
            if (element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                    || element.isAnnotationPresent(DenyAll.class)) {
                return element;
            }
        }
        return null;
    }

    static final class Filter implements ContainerRequestFilter {

        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Sign in: HTTP Basic for accounts, X-API-Key for partner systems.",
                        RegistryAuthenticationMechanism.CHALLENGE);
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException(roles.isEmpty() ? "Nobody may do this."
                        : "This needs the role " + String.join(" or ", roles) + ".");
            }
        }
    }
}
