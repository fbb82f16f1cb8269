package org.wic.registry.feed;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.member.DirectoryChanged;
import org.wic.registry.member.Member;
import org.wic.registry.member.MembersCreated;
import org.wic.registry.persistence.BulkInsert;

import java.sql.Connection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Writes each directory change as a feed event inside the changing transaction, numbered by the
 * head row it locks: a later number cannot commit before an earlier one, so a reader that goes on
 * after the last number it saw never misses or repeats an event. The head is locked last in every
 * transaction that changes members, after the member row, so writers never wait on each other in a
 * circle. Payloads hold the public fields only.
 */
@Stateless
public class ChangeFeed {

    /** Found once: {@code Json.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final int MAX_LIMIT = 500;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private CountryCatalog countries;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@Observes DirectoryChanged change) {
        Member member = change.member();
        ChangeFeedHead head = entityManager.find(ChangeFeedHead.class, ChangeFeedHead.ID, LockModeType.PESSIMISTIC_WRITE);
        entityManager.persist(new ChangeEvent(head.next(), change.type().name(), member.number().value(), clock.instant(), publicFields(member)));
    }

    /** MEMBER_CREATED for each of these members, in their order, written in bulk; the feed's head stays locked until the commit. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(@Observes MembersCreated created) {
        if (created.members().isEmpty()) {
            return;
        }
        ChangeFeedHead head = entityManager.find(ChangeFeedHead.class, ChangeFeedHead.ID, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        var events = BulkInsert.into(entityManager.unwrap(Connection.class), "change_event", "sequence", "event_type", "member_id", "occurred_at",
                "payload");
        created.members().forEach(member -> events.row(head.next(), DirectoryChanged.Type.MEMBER_CREATED.name(), member.number().value(), now,
                publicFields(member)));
        events.flush();
    }

    /** Events after this sequence number, oldest first. */
    public List<ChangeEvent> after(Caller caller, long after, int limit) {
        caller.require(Role.PARTNER, Role.SECRETARIAT);
        if (after < 0) {
            throw new InvalidInputException("after", "must be a cursor from the feed, or 0 for the beginning");
        }
        return next(after, limit);
    }

    /** The last sequence number handed out (committed, as read): a new follower starts after it. */
    public long position() {
        return entityManager.find(ChangeFeedHead.class, ChangeFeedHead.ID).lastSequence();
    }

    /** Events after this sequence number, oldest first, for the registry's own followers (webhooks). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<ChangeEvent> next(long after, int limit) {
        return entityManager.createNamedQuery(ChangeEvent.AFTER, ChangeEvent.class).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public Optional<ChangeEvent> event(long sequence) {
        return Optional.ofNullable(entityManager.find(ChangeEvent.class, sequence));
    }

    private String publicFields(Member member) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("number", member.number().toString())
                .add("legalName", member.legalName())
                .add("displayName", member.displayName())
                .add("category", member.category().name())
                .add("country", member.countryCode())
                .add("continent", countries.continentCode(member.countryCode()))
                .add("tier", member.tier().code())
                .add("status", member.status().name())
                .add("joinedOn", member.joinedOn().toString());
        add(json, "website", member.website());
        add(json, "description", member.description());
        return json.build().toString();
    }

    private static void add(JsonObjectBuilder json, String name, Optional<String> value) {
        value.ifPresent(text -> json.add(name, text));
    }
}
