package org.wic.registry.webhook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.feed.ChangeFeed;
import org.wic.registry.member.DirectoryChanged;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Partners subscribe, list and remove their webhooks and read their delivery logs; the secretariat
 * reads and removes any. A partner never learns of another partner's webhooks (404, as for a
 * missing one).
 */
@Stateless
public class WebhookService {

    public static final String CURSOR_SCOPE = WebhookRepository.CURSOR_SCOPE;
    public static final String DELIVERY_CURSOR_SCOPE = WebhookRepository.DELIVERY_CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    /** Each partner's limit: enough for every environment it runs, few enough to keep deliveries cheap. */
    static final int MAX_PER_OWNER = 20;
    private static final String ENTITY = "webhook";
    private static final Set<String> EVENT_TYPES = Arrays.stream(DirectoryChanged.Type.values()).map(Enum::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    @Inject
    private WebhookRepository repository;

    @Inject
    private WebhookSecrets secrets;

    @Inject
    private ChangeFeed feed;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.webhooks-allow-private", defaultValue = "false")
    private boolean allowPrivate;

    /** A new subscription, and its signing secret, which the caller shows once. */
    public record Subscribed(Webhook webhook, String secret) {
    }

    /** Subscribes {@code url} to the events after the feed's current position. */
    public Subscribed subscribe(Caller caller, String url, List<String> events) {
        caller.require(Role.PARTNER);
        var errors = new ArrayList<FieldError>();
        URI checkedUrl = null;
        try {
            checkedUrl = WebhookAddresses.check(url, allowPrivate);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Set<String> types = eventTypes(events, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        secrets.requireKey();
        if (repository.countOwnedBy(caller.id()) >= MAX_PER_OWNER) {
            throw new ConflictException("A partner may have " + MAX_PER_OWNER + " webhooks; remove one first.");
        }
        String secret = secrets.issue();
        Webhook webhook = repository.add(
                new Webhook(checkedUrl, types, secrets.seal(secret), caller.id(), caller.displayName(), clock.instant(), feed.position()));
        audit.record(caller, "webhook.created", ENTITY, String.valueOf(webhook.id()),
                Changes.created("url", webhook.url().toString()).set("events", String.join(",", webhook.events())));
        return new Subscribed(webhook, secret);
    }

    public Page<Webhook> list(Caller caller, PageRequest page) {
        caller.require(Role.PARTNER, Role.SECRETARIAT);
        return repository.page(caller.is(Role.PARTNER) ? Optional.of(caller.id()) : Optional.empty(), page);
    }

    public Webhook get(Caller caller, long id) {
        caller.require(Role.PARTNER, Role.SECRETARIAT);
        return repository.find(id)
                .filter(webhook -> caller.is(Role.SECRETARIAT) || webhook.owner().equals(caller.id()))
                .orElseThrow(() -> new UnknownEntityException("webhook", String.valueOf(id)));
    }

    /** Removes the subscription and its delivery log; deliveries under way are dropped. */
    public void remove(Caller caller, long id) {
        Webhook webhook = get(caller, id);
        repository.remove(webhook);
        audit.record(caller, "webhook.removed", ENTITY, String.valueOf(id), Changes.none().field("url", webhook.url().toString(), null));
    }

    /** The delivery log, newest event first, optionally one status only. */
    public Page<WebhookDelivery> deliveries(Caller caller, long id, Optional<DeliveryStatus> status, PageRequest page) {
        Webhook webhook = get(caller, id);
        return repository.deliveries(webhook, status, page);
    }

    public static Set<String> eventTypes() {
        return EVENT_TYPES;
    }

    private static Set<String> eventTypes(List<String> events, List<FieldError> errors) {
        if (events == null || events.isEmpty()) {
            errors.add(new FieldError("events", "must name at least one of " + EVENT_TYPES));
            return Set.of();
        }
        var types = new LinkedHashSet<String>();
        for (int i = 0; i < events.size(); i++) {
            String type = events.get(i) == null ? "" : events.get(i).strip().toUpperCase(Locale.ROOT);
            if (EVENT_TYPES.contains(type)) {
                types.add(type);
            } else {
                errors.add(new FieldError("events[" + i + "]", "must be one of " + EVENT_TYPES));
            }
        }
        return types;
    }
}
