package org.wic.registry.api.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.wic.registry.api.account.MeResource;
import org.wic.registry.api.account.PasswordResetResource;
import org.wic.registry.api.account.UserResource;
import org.wic.registry.api.apikey.ApiKeyResource;
import org.wic.registry.api.application.ApplicationResource;
import org.wic.registry.api.audit.AuditResource;
import org.wic.registry.api.country.ContinentResource;
import org.wic.registry.api.country.CountryResource;
import org.wic.registry.api.dues.ArrearsCheckResource;
import org.wic.registry.api.dues.DuesRunResource;
import org.wic.registry.api.dues.InvoiceResource;
import org.wic.registry.api.dues.PaymentResource;
import org.wic.registry.api.dues.StatementResource;
import org.wic.registry.api.exchange.ExportResource;
import org.wic.registry.api.exchange.ImportResource;
import org.wic.registry.api.feed.ChangeResource;
import org.wic.registry.api.member.MemberContactResource;
import org.wic.registry.api.member.MemberResource;
import org.wic.registry.api.notification.NotificationResource;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.personaldata.PersonalDataResource;
import org.wic.registry.api.statistics.StatisticsResource;
import org.wic.registry.api.tier.TierResource;
import org.wic.registry.api.webhook.WebhookResource;
import org.wic.registry.caller.Role;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The resource methods behind the document's operations, by operation id: what the document
 * cannot say by itself (which roles a method admits) is read from the method.
 * ResourceMethodsTest keeps this list complete.
 */
final class ResourceMethods {

    static final List<Class<?>> RESOURCES = List.of(MeResource.class, UserResource.class, ApiKeyResource.class, ApplicationResource.class,
            AuditResource.class, ContinentResource.class, CountryResource.class, ArrearsCheckResource.class, DuesRunResource.class,
            InvoiceResource.class, PaymentResource.class, StatementResource.class, ExportResource.class, ImportResource.class,
            ChangeResource.class, MemberContactResource.class, MemberResource.class, PersonalDataResource.class, StatisticsResource.class,
            TierResource.class, WebhookResource.class, NotificationResource.class, PasswordResetResource.class);

    private static final Map<String, Method> BY_OPERATION_ID = RESOURCES.stream()
            .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
            .filter(method -> method.isAnnotationPresent(Operation.class))
            .collect(Collectors.toUnmodifiableMap(method -> method.getAnnotation(Operation.class).operationId(), Function.identity()));

    private ResourceMethods() {
    }

    static Optional<Method> of(String operationId) {
        return Optional.ofNullable(operationId).map(BY_OPERATION_ID::get);
    }

    /** The roles the method admits, in the order written ({@code @RolesAllowed}, its own or its class's); empty when it permits all. */
    static List<String> roles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        return Optional.ofNullable(method.getAnnotation(RolesAllowed.class)).or(() -> Optional.ofNullable(method.getDeclaringClass().getAnnotation(RolesAllowed.class)))
                .map(allowed -> List.of(allowed.value())).orElse(List.of());
    }

    /** Whether the method pages its answer ({@code @BeanParam PageParameters}). */
    static boolean pages(Method method) {
        return Arrays.stream(method.getParameterTypes()).anyMatch(PageParameters.class::equals);
    }

    /** Whether the method refuses some signed-in callers for their role (its {@code @RolesAllowed}, or its class's, leaves a role out). */
    static boolean restricted(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(method.getDeclaringClass().getAnnotation(RolesAllowed.class));
        return roles != null && !Set.of(roles.value()).containsAll(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    /** Whether the method reads its body as some media types only ({@code @Consumes}, its own or its class's). */
    static boolean readsTypedBody(Method method) {
        return method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class);
    }
}
