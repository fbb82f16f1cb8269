package org.wic.registry.web.partners;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.apikey.ApiKey;
import org.wic.registry.apikey.ApiKeyService;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.webhook.Webhook;
import org.wic.registry.webhook.WebhookDelivery;
import org.wic.registry.webhook.WebhookService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.Outcomes;
import org.wic.registry.web.support.PerRequest;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Partner systems: their API keys (issued once, shown once; revoked) and webhooks with their delivery logs. */
@Named
@ViewScoped
public class Partners implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ApiKeyService keys;

    @Inject
    private WebhookService webhooks;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private final PerRequest<List<ApiKey>> keyList = new PerRequest<>();
    private final PerRequest<List<Webhook>> webhookList = new PerRequest<>();
    private String keyName;
    private LocalDate expiresOn;
    /** The key just issued: shown on this page once, never stored in clear. */
    private String issuedKey;
    private Long shownWebhook;

    public List<ApiKey> getKeys() {
        return keyList.of(() -> keys.list(signedIn.current(), PageRequest.first(PageRequest.MAX_LIMIT)).items());
    }

    public void issue() {
        issuedKey = null;
        outcomes.attempt(() -> keys.issue(signedIn.current(), keyName, Optional.ofNullable(expiresOn)
                .map(day -> day.plusDays(1).atStartOfDay(calendar.zone()).toInstant())), Map.of("name", "issue:name", "expiresAt", "issue:expiresOn"))
                .ifPresent(issued -> {
                    issuedKey = issued.key();
                    messages.info("partners.issued", issued.apiKey().name());
                    keyName = null;
                    expiresOn = null;
                });
    }

    public void revoke(long id) {
        outcomes.attempt(() -> keys.revoke(signedIn.current(), id), Map.of()).ifPresent(key -> messages.info("partners.revoked", key.name()));
    }

    public List<Webhook> getWebhooks() {
        return webhookList.of(() -> webhooks.list(signedIn.current(), PageRequest.first(PageRequest.MAX_LIMIT)).items());
    }

    public void showDeliveries(long webhookId) {
        shownWebhook = webhookId;
    }

    public List<WebhookDelivery> getDeliveries() {
        return shownWebhook == null ? List.of()
                : webhooks.deliveries(signedIn.current(), shownWebhook, Optional.empty(), PageRequest.first(50)).items();
    }

    public String getKeyName() { return keyName; }
    public void setKeyName(String keyName) { this.keyName = keyName; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getIssuedKey() { return issuedKey; }
    public Long getShownWebhook() { return shownWebhook; }
}
