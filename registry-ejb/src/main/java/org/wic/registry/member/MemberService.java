package org.wic.registry.member;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.security.Caller;
import org.wic.registry.tier.Tier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Members: admitted through approved applications, read by number. */
@Stateless
public class MemberService {

    private static final String ENTITY = "member";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Admits a new member, in the caller's transaction (the approval's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Member admit(Caller caller, Member.Admission admission, Tier tier, LocalDate joinedOn) {
        Member member = Member.admit(admission, tier, joinedOn, clock.instant());
        entityManager.persist(member);
        entityManager.flush(); // the number is the id: known from here on
        audit.record(caller, "member.created", ENTITY, member.number().toString(), Changes.created("legalName", member.legalName())
                .set("category", member.category()).set("country", member.countryCode()).set("tier", tier.code())
                .set("status", member.status()).set("joinedOn", member.joinedOn()));
        return member;
    }

    /** A member by its number; anything that is not one is unknown. */
    public Member get(String number) {
        return MemberNumber.parse(number)
                .map(parsed -> entityManager.find(Member.class, parsed.value()))
                .orElseThrow(() -> new UnknownEntityException("member", String.valueOf(number)));
    }

    /** Members with this normalized legal name in this country, for duplicate checks. */
    public List<Member> withNormalizedName(String normalizedName, String countryCode) {
        return entityManager.createNamedQuery(Member.BY_NORMALIZED_NAME, Member.class)
                .setParameter("name", normalizedName).setParameter("country", countryCode).getResultList();
    }

    Optional<Member> find(MemberNumber number) {
        return Optional.ofNullable(entityManager.find(Member.class, number.value()));
    }
}
