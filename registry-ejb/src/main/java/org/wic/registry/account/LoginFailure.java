package org.wic.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A failed login (or one being checked) for a username from a client address, kept in the database
 * so that every server instance counts the same failures.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = LoginFailure.RECENT, query = "SELECT f.failedAt FROM LoginFailure f"
        + " WHERE f.username = :username AND f.clientAddress = :address AND f.failedAt > :since AND f.id <> :attempt ORDER BY f.failedAt DESC")
@NamedQuery(name = LoginFailure.CLEAR, query = "DELETE FROM LoginFailure f WHERE f.username = :username AND f.clientAddress = :address")
@NamedQuery(name = LoginFailure.CLEAR_EVERYWHERE, query = "DELETE FROM LoginFailure f WHERE f.username = :username")
@NamedQuery(name = LoginFailure.FORGET, query = "DELETE FROM LoginFailure f WHERE f.id = :id")
@NamedQuery(name = LoginFailure.FORGET_BEFORE, query = "DELETE FROM LoginFailure f WHERE f.failedAt <= :before")
public class LoginFailure {

    static final String RECENT = "LoginFailure.recent";
    static final String CLEAR = "LoginFailure.clear";
    static final String CLEAR_EVERYWHERE = "LoginFailure.clearEverywhere";
    static final String FORGET = "LoginFailure.forget";
    static final String FORGET_BEFORE = "LoginFailure.forgetBefore";

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "client_address", nullable = false, updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    protected LoginFailure() {
        // for JPA
    }

    LoginFailure(String username, String clientAddress, Instant failedAt) {
        this.username = username;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }

    long id() {
        return id;
    }
}
