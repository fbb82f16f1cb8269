package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.application.PossibleDuplicate;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.DuesRunStatus;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.dues.PaymentMethod;
import org.wic.registry.dues.StatementEntry;
import org.wic.registry.exchange.ImportStatus;
import org.wic.registry.member.DirectoryChanged;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.NotificationStatus;
import org.wic.registry.tier.Category;
import org.wic.registry.webhook.DeliveryStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records carry enums and amounts as text; the document says what that text holds, so a
 * generated client reads them as its language's enums and decimals: each field that holds one of the
 * domain's enums lists that enum's constants (taken from the enum, so they cannot drift), and money's
 * value is a decimal written as a string ({@code format: number}, which the OpenAPI Generator maps to
 * {@code BigDecimal}; the extension keeps Java's client writing it as a string, as the registry reads it).
 */
final class TypedValues {

    private static final List<String> ME_KINDS = List.of(Caller.Kind.ACCOUNT.name(), Caller.Kind.API_KEY.name());

    /** Schema name → field → the values it holds. */
    private static final Map<String, Map<String, List<String>>> ENUMERATED = Map.ofEntries(
            Map.entry("Application", Map.of("status", names(ApplicationStatus.class), "category", names(Category.class))),
            Map.entry("NewApplication", Map.of("category", names(Category.class))),
            Map.entry("ApplicationStep", Map.of("from", names(ApplicationStatus.class), "to", names(ApplicationStatus.class))),
            Map.entry("PossibleDuplicate", Map.of("kind", names(PossibleDuplicate.Kind.class))),
            Map.entry("Member", Map.of("status", names(MemberStatus.class), "category", names(Category.class))),
            Map.entry("StatusChange", Map.of("status", names(MemberStatus.class))),
            Map.entry("StatusChangeEntry", Map.of("from", names(MemberStatus.class), "to", names(MemberStatus.class))),
            Map.entry("Change", Map.of("type", names(DirectoryChanged.Type.class))),
            Map.entry("WebhookDelivery", Map.of("event", names(DirectoryChanged.Type.class), "status", names(DeliveryStatus.class))),
            Map.entry("DuesRun", Map.of("status", names(DuesRunStatus.class))),
            Map.entry("MemberImport", Map.of("status", names(ImportStatus.class))),
            Map.entry("Invoice", Map.of("status", names(InvoiceStatus.class))),
            Map.entry("NewPayment", Map.of("method", names(PaymentMethod.class))),
            Map.entry("Payment", Map.of("method", names(PaymentMethod.class))),
            Map.entry("StatementEntry", Map.of("kind", names(StatementEntry.Kind.class))),
            Map.entry("Notification", Map.of("kind", names(NotificationKind.class), "status", names(NotificationStatus.class))),
            Map.entry("PersonalDataNotification", Map.of("kind", names(NotificationKind.class), "status", names(NotificationStatus.class))),
            Map.entry("User", Map.of("role", names(Role.class))),
            Map.entry("NewUser", Map.of("role", names(Role.class))),
            Map.entry("AuditActor", Map.of("kind", names(Caller.Kind.class), "role", names(Role.class))),
            Map.entry("Me", Map.of("kind", ME_KINDS)));

    /** Schema name → list field → the values its items hold. */
    private static final Map<String, Map<String, List<String>>> ENUMERATED_ITEMS = Map.of(
            "NewWebhook", Map.of("events", names(DirectoryChanged.Type.class)),
            "Webhook", Map.of("events", names(DirectoryChanged.Type.class)),
            "Tier", Map.of("categories", names(Category.class)),
            "TierRequest", Map.of("categories", names(Category.class)));

    /** Schema name → field → the date or time format of its text, where the request record reads it as text. */
    private static final Map<String, Map<String, String>> FORMATTED = Map.of(
            "NewPayment", Map.of("receivedOn", "date"),
            "NewApiKey", Map.of("expiresAt", "date-time"));

    private TypedValues() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        ENUMERATED.forEach((name, fields) -> fields.forEach((field, values) -> property(schemas, name, field)
                .ifPresent(text -> text.setEnumeration(new ArrayList<>(values)))));
        // Payara may leave a List<String>'s items out; DocumentLimits would make them text later
        ENUMERATED_ITEMS.forEach((name, fields) -> fields.forEach((field, values) -> property(schemas, name, field)
                .ifPresent(list -> list.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(new ArrayList<>(values))))));
        FORMATTED.forEach((name, fields) -> fields.forEach((field, format) -> property(schemas, name, field)
                .ifPresent(text -> text.setFormat(format))));
        property(schemas, "Money", "value").ifPresent(amount -> {
            amount.setFormat("number");
            amount.addExtension("x-field-extra-annotation",
                    "@com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)");
        });
    }

    /**
     * The field of a named schema; none in a document without it (an API deployed on its own by a
     * test may have fewer schemas): the client's tests show what the registry's document holds.
     */
    private static Optional<Schema> property(Map<String, Schema> schemas, String name, String field) {
        return Optional.ofNullable(schemas.get(name)).map(Schema::getProperties).map(properties -> properties.get(field));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
