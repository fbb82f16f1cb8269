package org.wic.registry.exchange;

import org.wic.registry.member.Address;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberContact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members CSV, which the export writes and the import reads: one line per contact, the member's
 * columns repeated on each of its lines (a member without contacts has one line with empty contact
 * columns). Values as the API writes them: ISO codes, YYYY-MM-DD, true/false.
 */
public final class MemberColumns {

    public static final List<String> HEADER = List.of("number", "legalName", "displayName", "category", "country", "tier", "status",
            "joinedOn", "website", "description", "addressStreet", "addressCity", "addressRegion", "addressPostalCode", "addressCountry",
            "contactName", "contactTitle", "contactEmail", "contactPhone", "contactPrimary");
    /** The columns that belong to the member, not to one contact: equal on all of a member's lines. */
    static final List<String> MEMBER_COLUMNS = HEADER.subList(0, HEADER.indexOf("contactName"));

    private MemberColumns() {
    }

    static List<List<String>> rows(Member member) {
        Optional<Address> address = member.address();
        List<String> memberPart = List.of(member.number().toString(), member.legalName(), member.displayName(), member.category().name(),
                member.countryCode(), member.tier().code(), member.status().name(), member.joinedOn().toString(), member.website().orElse(""),
                member.description().orElse(""), address.flatMap(Address::street).orElse(""), address.map(Address::city).orElse(""),
                address.flatMap(Address::region).orElse(""), address.flatMap(Address::postalCode).orElse(""),
                address.map(Address::countryCode).orElse(""));
        if (member.contacts().isEmpty()) {
            return List.of(line(memberPart, List.of("", "", "", "", "")));
        }
        var rows = new ArrayList<List<String>>();
        for (MemberContact contact : member.contacts()) {
            rows.add(line(memberPart, List.of(contact.name(), contact.title().orElse(""), contact.email(), contact.phone().orElse(""),
                    String.valueOf(contact.primary()))));
        }
        return rows;
    }

    private static List<String> line(List<String> memberPart, List<String> contactPart) {
        var line = new ArrayList<String>(HEADER.size());
        line.addAll(memberPart);
        line.addAll(contactPart);
        return line;
    }
}
