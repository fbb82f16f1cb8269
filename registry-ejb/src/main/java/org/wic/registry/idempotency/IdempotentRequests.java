package org.wic.registry.idempotency;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.wic.registry.error.IdempotencyKeyReusedException;
import org.wic.registry.persistence.DatabaseFailures;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a creating request at most once per Idempotency-Key. The key is claimed (a row with a
 * unique key) in the same transaction as the creation and its answer, so a retry finds either
 * nothing (the first attempt rolled back) or the finished answer; a twin arriving meanwhile waits
 * on the claim and then gets the first answer.
 */
@Stateless
public class IdempotentRequests {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /** A request to run once: where (method and path), who, the client's key, and the request's canonical body. */
    public record Request(String scope, String caller, IdempotencyKey key, String canonicalBody) {
    }

    /** An answer to keep and give again. */
    public record Answer(int status, String location, String body, boolean replayed) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Answer once(Request request, Supplier<Answer> creation) {
        try {
            return self().attempt(request, creation);
        } catch (EJBException | PersistenceException e) {
            if (!DatabaseFailures.isIntegrityViolation(e)) {
                throw e;
            }
            // a twin claimed the key first and has committed by now: its answer is ours
            return self().attempt(request, creation);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Answer attempt(Request request, Supplier<Answer> creation) {
        String keyHash = AnswerCipher.lookupHash(request.scope(), request.caller(), request.key());
        String requestHash = AnswerCipher.requestHash(request.canonicalBody(), request.key());
        String scope = AnswerCipher.storedScope(request.scope(), IdempotentRequest.MAX_SCOPE);
        Optional<IdempotentRequest> earlier = entityManager.createNamedQuery(IdempotentRequest.FIND, IdempotentRequest.class)
                .setParameter("scope", scope).setParameter("caller", request.caller()).setParameter("keyHash", keyHash)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            String body = AnswerCipher.decrypt(earlier.get().encryptedAnswer(), request.scope(), request.caller(), request.key());
            return new Answer(earlier.get().status(), earlier.get().location(), body, true);
        }
        var claim = new IdempotentRequest(scope, request.caller(), keyHash, requestHash, clock.instant());
        entityManager.persist(claim);
        entityManager.flush(); // the unique key: a twin waits here until this transaction ends
        Answer answer = creation.get();
        claim.complete(answer.status(), answer.location(), AnswerCipher.encrypt(answer.body(), request.scope(), request.caller(), request.key()));
        return answer;
    }

    /** Keys are kept for a day; every instance may run this, it only deletes. */
    @Schedule(hour = "*", minute = "41", persistent = false)
    public void forgetOld() {
        entityManager.createNamedQuery(IdempotentRequest.FORGET_BEFORE).setParameter("before", clock.instant().minus(KEPT_FOR)).executeUpdate();
    }

    private IdempotentRequests self() {
        return context.getBusinessObject(IdempotentRequests.class);
    }
}
