package org.wic.registry.api.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.paging.QueryParameterDoc;
import org.wic.registry.caller.Role;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * What an operation's Java method already says, written into the document so that it is said once:
 * the security schemes its {@code @RolesAllowed} roles sign in with (accounts for the secretariat
 * and members, API keys for partners), the query parameters its {@code @BeanParam} filter class
 * reads ({@link QueryParameterDoc}), and the shared {@code limit} and {@code cursor} parameters of a
 * method that pages ({@code @BeanParam PageParameters}). A method that permits all and takes
 * credentials only optionally names its schemes itself ({@code @SecurityRequirement}).
 */
final class OperationsFromMethods {

    private OperationsFromMethods() {
    }

    static void apply(OpenAPI openAPI) {
        Operations.each(openAPI, (path, httpMethod, operation) -> ResourceMethods.of(operation.getOperationId()).ifPresent(method -> {
            signIn(operation, method);
            filters(operation, method);
            paging(operation, method);
        }));
    }

    private static void signIn(Operation operation, Method method) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            return;
        }
        ResourceMethods.roles(method).stream().map(OperationsFromMethods::scheme).distinct()
                .forEach(scheme -> operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme)));
    }

    private static String scheme(String role) {
        return Role.PARTNER.name().equals(role) ? RegistryApplication.PARTNER_SCHEME : RegistryApplication.ACCOUNT_SCHEME;
    }

    private static void filters(Operation operation, Method method) {
        List<Parameter> documented = Operations.parameters(operation);
        Arrays.stream(method.getParameters()).filter(parameter -> parameter.isAnnotationPresent(BeanParam.class))
                .flatMap(bean -> Arrays.stream(bean.getType().getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(QueryParam.class) && field.isAnnotationPresent(QueryParameterDoc.class))
                .filter(field -> documented.stream().noneMatch(parameter -> field.getAnnotation(QueryParam.class).value().equals(parameter.getName())))
                .forEach(field -> {
                    QueryParameterDoc doc = field.getAnnotation(QueryParameterDoc.class);
                    operation.addParameter(OASFactory.createParameter().name(field.getAnnotation(QueryParam.class).value()).in(Parameter.In.QUERY)
                            .required(false).description(doc.description()).example(doc.example().isEmpty() ? null : doc.example())
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
                });
    }

    private static void paging(Operation operation, Method method) {
        if (!ResourceMethods.pages(method)) {
            return;
        }
        List<Parameter> parameters = Operations.parameters(operation);
        for (String shared : List.of("Limit", "Cursor")) {
            if (parameters.stream().noneMatch(parameter -> parameter.getRef() != null && parameter.getRef().endsWith("/" + shared))) {
                operation.addParameter(OASFactory.createParameter().ref(shared));
            }
        }
    }
}
