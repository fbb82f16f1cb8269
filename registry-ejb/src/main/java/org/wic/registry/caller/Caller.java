package org.wic.registry.caller;

import org.wic.registry.error.NotPermittedException;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking: every use case that changes something is told, for its authorization checks and
 * its audit event.
 *
 * @param id           stable and unique: the username, or the API key's prefix
 * @param displayName  for people: the username, or the API key's name
 * @param memberNumber the member a MEMBER account represents
 */
public record Caller(Kind kind, String id, String displayName, Optional<Role> role, Optional<String> memberNumber) {

    public enum Kind { ACCOUNT, API_KEY, APPLICANT, SYSTEM, ANONYMOUS }

    private static final Caller SYSTEM = new Caller(Kind.SYSTEM, "registry", "registry", Optional.empty(), Optional.empty());
    private static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, "anonymous", "anonymous", Optional.empty(), Optional.empty());

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(memberNumber, "memberNumber");
    }

    public static Caller account(String username, Role role, Optional<String> memberNumber) {
        return new Caller(Kind.ACCOUNT, username, username, Optional.of(role), memberNumber);
    }

    public static Caller apiKey(String prefix, String name) {
        return new Caller(Kind.API_KEY, prefix, name, Optional.of(Role.PARTNER), Optional.empty());
    }

    /** Someone applying for membership, known by the application and its tracking token. */
    public static Caller applicant(long applicationId) {
        return new Caller(Kind.APPLICANT, "applicant:" + applicationId, "applicant", Optional.empty(), Optional.empty());
    }

    /** The registry itself: start-up work and scheduled jobs. */
    public static Caller system() {
        return SYSTEM;
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean is(Role wanted) {
        return role.filter(wanted::equals).isPresent();
    }

    /** Whether this is a representative (MEMBER account) of that member. */
    public boolean represents(String number) {
        return is(Role.MEMBER) && memberNumber.filter(own -> own.equals(number)).isPresent();
    }

    /** @throws NotPermittedException unless the caller has one of these roles */
    public void require(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(this::is)) {
            throw new NotPermittedException("This needs the role " + String.join(" or ", Arrays.stream(allowed).map(Role::name).toList()) + ".");
        }
    }
}
