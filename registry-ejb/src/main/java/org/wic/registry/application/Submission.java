package org.wic.registry.application;

import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.country.CountryCode;
import org.wic.registry.member.Description;
import org.wic.registry.member.LegalName;
import org.wic.registry.notification.Language;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierCode;

import java.util.Optional;

/** A checked application form: every value valid, the country and tier known. */
record Submission(LegalName legalName, Category category, CountryCode country, Optional<WebAddress> website, Optional<Description> description,
                  TierCode requestedTier, ContactPerson contact, String motivation, Language language) {
}
