package org.wic.registry.member;

import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.country.CountryCode;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A member as a whole, as an import brings it: with its number when it keeps one from another
 * registry (or an export), its status and joining date as they were, its address and contacts.
 */
public record MemberRecord(Optional<MemberNumber> number, LegalName legalName, DisplayName displayName, Category category, CountryCode country,
                           Tier tier, MemberStatus status, LocalDate joinedOn, Optional<WebAddress> website, Optional<Description> description,
                           Optional<Address> address, List<Contact> contacts) {

    public static final int MAX_TITLE = 120;

    public MemberRecord {
        if (contacts.stream().filter(Contact::primary).count() != 1) {
            throw new IllegalArgumentException("a member has exactly one primary contact");
        }
        contacts = List.copyOf(contacts);
    }

    public record Contact(ContactPerson person, Optional<String> title, boolean primary) {
    }
}
