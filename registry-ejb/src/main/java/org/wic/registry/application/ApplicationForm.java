package org.wic.registry.application;

/** An application as submitted: text as typed, checked by ApplicationService, which names every bad field at once; language en (when absent) or zh. */
public record ApplicationForm(String legalName, String category, String country, String website, String description,
                              String requestedTier, String contactName, String contactEmail, String contactPhone,
                              String motivation, String language) {
}
