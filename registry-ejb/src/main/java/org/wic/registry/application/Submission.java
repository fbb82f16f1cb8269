package org.wic.registry.application;

import org.wic.registry.contact.ContactPerson;
import org.wic.registry.tier.Category;

import java.util.Optional;

/** A checked application form: every value valid, the country and tier known. */
record Submission(String legalName, Category category, String countryCode, Optional<String> website, Optional<String> description,
                  String requestedTier, ContactPerson contact, String motivation) {
}
