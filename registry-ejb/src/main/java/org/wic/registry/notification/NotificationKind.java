package org.wic.registry.notification;

/**
 * What a message is about. Each has its templates' texts under its key in the mail bundle. A contact
 * who opted out gets only the kinds that are not {@link #optional()}: invoices, receipts and account mail.
 */
public enum NotificationKind {
    APPLICATION_RECEIVED("application-received", true),
    INFORMATION_REQUESTED("information-requested", true),
    APPLICATION_APPROVED("application-approved", true),
    APPLICATION_REJECTED("application-rejected", true),
    APPLICATION_WITHDRAWN("application-withdrawn", true),
    INVITATION("invitation", false),
    PASSWORD_RESET("password-reset", false),
    INVOICE_ISSUED("invoice-issued", false),
    PAYMENT_RECEIVED("payment-received", false),
    PAYMENT_REMINDER("payment-reminder", true),
    FINAL_NOTICE("final-notice", true),
    MEMBER_SUSPENDED("member-suspended", true),
    MEMBER_REINSTATED("member-reinstated", true);

    private final String key;
    private final boolean optional;

    NotificationKind(String key, boolean optional) {
        this.key = key;
        this.optional = optional;
    }

    /** The texts' key in the mail bundle. */
    public String key() {
        return key;
    }

    /** Whether a contact's opt-out stops it. */
    public boolean optional() {
        return optional;
    }

    /** Whether the message carries a one-time link to set an account's password, issued when it is sent. */
    public boolean carriesAccountLink() {
        return this == INVITATION || this == PASSWORD_RESET;
    }
}
