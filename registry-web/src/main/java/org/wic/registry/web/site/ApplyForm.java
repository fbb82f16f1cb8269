package org.wic.registry.web.site;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.application.ApplicationForm;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.idempotency.IdempotentRequests;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierService;
import org.wic.registry.web.i18n.Formats;
import org.wic.registry.web.support.Outcomes;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application form. Each form carries its own idempotency key, so two clicks or a reload of
 * the answer submit one application: the second gets the first one's answer (its number and
 * tracking token), kept encrypted as the API keeps its answers.
 */
@Named
@ViewScoped
public class ApplyForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String SCOPE = "POST /apply";
    private static final List<String> FIELDS = List.of("legalName", "category", "country", "website", "description", "requestedTier",
            "contactName", "contactEmail", "contactPhone", "motivation");

    @Inject
    private ApplicationService applications;

    @Inject
    private IdempotentRequests idempotent;

    @Inject
    private TierService tiers;

    @Inject
    private Outcomes outcomes;

    @Inject
    private PublicLimits limits;

    @Inject
    private Formats formats;

    @Inject
    private org.wic.registry.web.i18n.Language pageLanguage;

    private String key = UUID.randomUUID().toString();
    private String legalName;
    private Category category;
    private String country;
    private String website;
    private String description;
    private String requestedTier;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String motivation;
    private Long submittedId;
    private String trackingToken;

    /** The tiers open to the chosen category, with their dues: none until a category is chosen. */
    public List<SelectItem> getTiers() {
        if (category == null) {
            return List.of();
        }
        return tiers.all().stream().filter(tier -> tier.admits(category))
                .map(tier -> new SelectItem(tier.code(), tier.name() + " · " + formats.money(tier.dues()))).toList();
    }

    /** A new category may close the chosen tier. */
    public void categoryChanged() {
        if (requestedTier != null && getTiers().stream().noneMatch(item -> requestedTier.equals(item.getValue()))) {
            requestedTier = null;
        }
    }

    public synchronized void submit() {
        if (submittedId != null || !limits.allowed()) {
            return; // a second click while the first was answered: the page shows the first one's token
        }
        ApplicationForm form = new ApplicationForm(legalName, category == null ? null : category.name(), country, website, description,
                requestedTier, contactName, contactEmail, contactPhone, motivation, pageLanguage.isChinese() ? "zh" : "en"); // written to in the language they applied in
        var request = new IdempotentRequests.Request(SCOPE, Caller.anonymous().id(), new IdempotencyKey(key), form.toString()); // a record's text names every field and value
        outcomes.attempt(() -> idempotent.once(request, () -> {
            ApplicationService.Submitted submitted = applications.submit(Caller.anonymous(), form);
            return new IdempotentRequests.Answer(201, null, submitted.application().id() + " " + submitted.trackingToken(), false);
        }), fieldIds()).ifPresent(answer -> {
            String[] idAndToken = answer.body().split(" ", 2);
            submittedId = Long.valueOf(idAndToken[0]);
            trackingToken = idAndToken[1];
        });
    }

    private static Map<String, String> fieldIds() {
        Map<String, String> ids = new HashMap<>();
        FIELDS.forEach(field -> ids.put(field, "apply:" + field));
        ids.put("contact.name", "apply:contactName");
        ids.put("contact.email", "apply:contactEmail");
        ids.put("contact.phone", "apply:contactPhone");
        return ids;
    }

    public String getKey() { return key; }

    /** The key the form carried back; one that is not a key (a tampered form) leaves this form's own. */
    public void setKey(String key) {
        try {
            this.key = new IdempotencyKey(key).value();
        } catch (RuntimeException notAKey) {
            // keep the key this form was given
        }
    }

    public boolean isSubmitted() { return submittedId != null; }
    public Long getSubmittedId() { return submittedId; }
    public String getTrackingToken() { return trackingToken; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRequestedTier() { return requestedTier; }
    public void setRequestedTier(String requestedTier) { this.requestedTier = requestedTier; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
}
