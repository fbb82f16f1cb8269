package org.wic.registry.api.notification;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.api.paging.QueryParameterDoc;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.NotificationQuery;
import org.wic.registry.notification.NotificationStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The outbox's filters as query parameters ({@code @BeanParam}); documented on the operation. */
public class NotificationFilters {

    @QueryParameterDoc(description = "The recipient's e-mail address (any case)", example = "m.okafor@lagos-digital.example")
    @QueryParam("recipient")
    private String recipient;

    @QueryParameterDoc(description = "What the message is about", example = "INVOICE_ISSUED")
    @QueryParam("kind")
    private String kind;

    @QueryParameterDoc(description = "PENDING, SENT or FAILED", example = "FAILED")
    @QueryParam("status")
    private String status;

    /** @throws InvalidInputException naming a bad parameter */
    NotificationQuery query() {
        var errors = new ArrayList<FieldError>();
        var kindValue = QueryParameters.parse(errors, "kind", kind, QueryParameters.constantOf(NotificationKind.class),
                "must be one of " + Arrays.stream(NotificationKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        var statusValue = QueryParameters.parse(errors, "status", status, QueryParameters.constantOf(NotificationStatus.class),
                "must be PENDING, SENT or FAILED");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NotificationQuery(QueryParameters.text(recipient), kindValue, statusValue);
    }
}
