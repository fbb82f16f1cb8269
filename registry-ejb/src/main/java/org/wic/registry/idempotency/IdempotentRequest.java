package org.wic.registry.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A creating request made with an Idempotency-Key, and (once it succeeded) its encrypted first answer. */
@Entity
@Table(name = "idempotent_request")
@NamedQuery(name = IdempotentRequest.FIND, query = "SELECT r FROM IdempotentRequest r"
        + " WHERE r.scope = :scope AND r.caller = :caller AND r.keyHash = :keyHash")
@NamedQuery(name = IdempotentRequest.FORGET_BEFORE, query = "DELETE FROM IdempotentRequest r WHERE r.createdAt < :before")
public class IdempotentRequest {

    /** The column's width: longer operations (a long path) are stored as a hash. */
    static final int MAX_SCOPE = 80;

    static final String FIND = "IdempotentRequest.find";
    static final String FORGET_BEFORE = "IdempotentRequest.forgetBefore";

    @Id
    @SequenceGenerator(name = "idempotent_request_seq", sequenceName = "idempotent_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotent_request_seq")
    private Long id;

    @Column(name = "scope", nullable = false, updatable = false, length = MAX_SCOPE)
    private String scope;

    @Column(name = "caller", nullable = false, updatable = false, length = 120)
    private String caller;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "status")
    private Integer status;

    @Column(name = "location", length = 300)
    private String location;

    @Column(name = "answer")
    private String answer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
        // for JPA
    }

    IdempotentRequest(String scope, String caller, String keyHash, String requestHash, Instant createdAt) {
        this.scope = scope;
        this.caller = caller;
        this.keyHash = keyHash;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void complete(int status, String location, String encryptedAnswer) {
        this.status = status;
        this.location = location;
        this.answer = encryptedAnswer;
    }

    String requestHash() {
        return requestHash;
    }

    int status() {
        return status;
    }

    String location() {
        return location;
    }

    String encryptedAnswer() {
        return answer;
    }
}
