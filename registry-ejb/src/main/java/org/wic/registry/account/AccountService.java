package org.wic.registry.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.EmailAddress;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.NotPermittedException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberRepository;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.MessageValues;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Notifications;
import org.wic.registry.notification.Recipient;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts: the secretariat opens, lists, disables, enables them and resets passwords; everyone changes their own. */
@Stateless
public class AccountService {

    public static final String CURSOR_SCOPE = AccountRepository.CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    public static final Username BOOTSTRAP_ADMIN = new Username("admin");
    /** At most one reset mail per account in this time. */
    static final Duration RESET_INTERVAL = Duration.ofMinutes(5);
    private static final String ENTITY = "account";

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private MemberRepository members;

    @Inject
    private AccountRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AccountTokens tokens;

    @Inject
    private Notifications notifications;

    /** Opens an account. A MEMBER account names the member it represents, which must exist. */
    public Account open(Caller caller, String username, Role role, String password, Optional<String> memberNumber) {
        return open(caller, username, role, password, memberNumber, Optional.empty());
    }

    /** Opens a MEMBER account that represents this member. */
    public Account openRepresentative(Caller caller, String memberNumber, String username, String password) {
        return open(caller, username, Role.MEMBER, password, Optional.of(memberNumber));
    }

    /** Opens an account with its holder's email (for personal data requests). */
    public Account open(Caller caller, String username, Role role, String password, Optional<String> memberNumber, Optional<String> email) {
        caller.require(Role.SECRETARIAT);
        if (role == Role.MEMBER && memberNumber.isPresent()) {
            Member member = MemberNumber.parse(memberNumber.get()).flatMap(members::find)
                    .orElseThrow(() -> new InvalidInputException("memberNumber", "is not the number of a member"));
            memberNumber = Optional.of(member.number().toString());
        }
        Optional<String> address = email.filter(text -> !text.isBlank()).map(text -> EmailAddress.of(text).value());
        Username name = Username.of(username);
        if (role == null) {
            throw new InvalidInputException("role", "is required: SECRETARIAT or MEMBER");
        }
        PasswordPolicy.check("password", password, name);
        Account account = open(caller, name, role, password, memberNumber);
        account.email(address);
        return account;
    }

    /** Accounts whose holder has this email, any case. */
    public List<Account> withEmail(String email) {
        return repository.withEmail(email);
    }

    /**
     * A personal data erasure, in its transaction: the holder's email becomes the marker and the
     * account stays; but an account whose username is the erased address (an invited
     * representative's) is removed, with its one-time links.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void erase(Account account, String erasedEmail, String marker) {
        if (account.username().value().equalsIgnoreCase(erasedEmail)) {
            repository.remove(account);
        } else {
            account.email(Optional.of(marker));
        }
    }

    /** The enabled and disabled accounts that represent this member. */
    public List<Account> representatives(String memberNumber) {
        return repository.representatives(memberNumber);
    }

    public Page<Account> list(Caller caller, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        return repository.page(page);
    }

    public Account get(Caller caller, String username) {
        caller.require(Role.SECRETARIAT);
        return require(username);
    }

    /** Disables an account; the last enabled secretariat account cannot be, or nobody could administer the registry. */
    public Account disable(Caller caller, String username) {
        caller.require(Role.SECRETARIAT);
        Account account = require(username);
        if (account.role() == Role.SECRETARIAT && account.enabled() && enabledSecretariatAccounts() == 1) {
            throw new ConflictException("'" + account.username() + "' is the last enabled secretariat account; enable another first.");
        }
        if (account.disable()) {
            audit.record(caller, "account.disabled", ENTITY, account.username().value(), Changes.none().field("enabled", true, false));
        }
        return account;
    }

    public Account enable(Caller caller, String username) {
        caller.require(Role.SECRETARIAT);
        Account account = require(username);
        if (account.enable()) {
            audit.record(caller, "account.enabled", ENTITY, account.username().value(), Changes.none().field("enabled", false, true));
        }
        return account;
    }

    /** The secretariat sets a new password for someone who lost theirs. */
    public void resetPassword(Caller caller, String username, String newPassword) {
        caller.require(Role.SECRETARIAT);
        Account account = require(username);
        PasswordPolicy.check("newPassword", newPassword, account.username());
        account.changePassword(hasher.hash(newPassword), clock.instant());
        audit.record(caller, "account.password-reset", ENTITY, account.username().value(), Changes.none());
    }

    /** A signed-in person changes their own password, proving they know the current one. */
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        if (caller.kind() != Caller.Kind.ACCOUNT) {
            throw new NotPermittedException("Only accounts have passwords.");
        }
        Account account = require(caller.id());
        if (currentPassword == null || account.passwordHash().isEmpty() || !hasher.verify(currentPassword, account.passwordHash().get())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        PasswordPolicy.check("newPassword", newPassword, account.username());
        account.changePassword(hasher.hash(newPassword), clock.instant());
        audit.record(caller, "account.password-changed", ENTITY, account.username().value(), Changes.none());
    }

    /**
     * At approval: a representative's account for the member's primary contact, username = their
     * e-mail address, without a password; the invitation mails them a link to choose one. Nothing
     * is opened when an account of that name exists already, or the address cannot be a username
     * (the secretariat opens one by hand then); answers the account opened.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Account> inviteRepresentative(Caller caller, Member member, Recipient contact) {
        caller.require(Role.SECRETARIAT);
        Username name;
        try {
            name = Username.of(contact.email());
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
        if (find(name).isPresent()) {
            return Optional.empty();
        }
        Account account = Account.invite(name, member.number().toString(), contact.email(), clock.instant());
        repository.add(account);
        audit.record(caller, "account.created", ENTITY, name.value(), Changes.created("username", name.value()).set("role", Role.MEMBER)
                .set("memberNumber", member.number().toString()).set("enabled", true).set("invited", true));
        invite(account, contact.name(), member, contact);
        return Optional.of(account);
    }

    /** The secretariat mails a representative a new invitation link (the earlier ones stop working once it is sent). */
    public Account resendInvitation(Caller caller, String username) {
        caller.require(Role.SECRETARIAT);
        Account account = require(username);
        if (account.role() != Role.MEMBER || account.email().isEmpty()) {
            throw new ConflictException("Only a member representative's account with an e-mail address can be invited.");
        }
        Member member = MemberNumber.parse(account.memberNumber().orElseThrow()).flatMap(members::find)
                .orElseThrow(() -> new ConflictException("The member this account represents no longer exists."));
        String name = member.contacts().stream().filter(contact -> contact.email().equalsIgnoreCase(account.email().get()))
                .map(contact -> contact.name()).findFirst().orElse(account.username().value());
        invite(account, name, member, new Recipient(account.email().get(), name, member.language()));
        audit.record(caller, "account.invitation-sent", ENTITY, account.username().value(), Changes.none());
        return account;
    }

    private void invite(Account account, String holder, Member member, Recipient to) {
        notifications.queue(NotificationKind.INVITATION, List.of(new Recipient(to.email(), holder, to.language())),
                MessageValues.of("username", account.username()).with("memberNumber", member.number()).with("legalName", member.legalName()),
                Notification.Subject.account(account.username().value(), Optional.of(member.number().toString())), Optional.empty());
    }

    /**
     * Someone asks to reset the password of the accounts holding this e-mail address: each enabled
     * one gets a link, at most one in {@link #RESET_INTERVAL}. The caller is told nothing either way
     * (the API always answers 202), so nobody learns which addresses have accounts.
     */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Set<Account> holders = new LinkedHashSet<>(repository.withEmail(email.strip()));
        try {
            find(Username.of(email)).ifPresent(holders::add);
        } catch (InvalidInputException notAUsername) {
            // only accounts with that email, then
        }
        for (Account account : holders) {
            if (!account.enabled() || notifications.queuedForAccountSince(NotificationKind.PASSWORD_RESET, account.username().value(),
                    clock.instant().minus(RESET_INTERVAL))) {
                continue; // one reset mail a few minutes: asking again and again cannot flood the holder's inbox
            }
            String address = account.email().orElse(email.strip());
            Optional<Member> member = account.memberNumber().flatMap(MemberNumber::parse).flatMap(members::find);
            notifications.queue(NotificationKind.PASSWORD_RESET,
                    List.of(new Recipient(address, account.username().value(),
                            member.map(Member::language).orElse(Language.EN))),
                    MessageValues.of("username", account.username()), Notification.Subject.account(account.username().value(), account.memberNumber()),
                    Optional.empty());
            audit.record(Caller.system(), "account.password-reset-requested", ENTITY, account.username().value(), Changes.none());
        }
    }

    /**
     * Sets the password with a one-time link's token (an invitation's or a reset's): the token is
     * used up, every other link of the account retired, and failed logins against it forgotten.
     * Answers the account, to sign its holder in.
     *
     * @throws InvalidInputException naming {@code token} when it is unknown, used or expired
     */
    public Account setPasswordWithToken(String token, String newPassword) {
        AccountToken link = tokens.find(token).orElseThrow(() -> new InvalidInputException("token", "is not a valid link: ask for a new one"));
        link.refusal(clock.instant()).ifPresent(refusal -> {
            throw new InvalidInputException("token", refusal);
        });
        Account account = find(link.username()).filter(Account::enabled)
                .orElseThrow(() -> new InvalidInputException("token", "belongs to an account that is disabled"));
        PasswordPolicy.check("newPassword", newPassword, account.username());
        account.changePassword(hasher.hash(newPassword), clock.instant());
        tokens.retireUnused(account.username(), clock.instant());
        throttle.clearEverywhere(account.username().value());
        audit.record(account.asCaller(), link.purpose() == NotificationKind.INVITATION ? "account.password-chosen" : "account.password-reset",
                ENTITY, account.username().value(), Changes.none());
        return account;
    }

    /** At start: the first secretariat account, {@code admin}, when there is none. */
    public Optional<Account> openBootstrapAdmin(String password) {
        if (countByRole(Role.SECRETARIAT) > 0) {
            return Optional.empty();
        }
        PasswordPolicy.check("REGISTRY_ADMIN_PASSWORD", password, BOOTSTRAP_ADMIN);
        return Optional.of(open(Caller.system(), BOOTSTRAP_ADMIN, Role.SECRETARIAT, password, Optional.empty()));
    }

    /** Break-glass (REGISTRY_ADMIN_RESET): {@code admin} gets this password and is enabled, created if missing. */
    public void resetBootstrapAdmin(String password) {
        PasswordPolicy.check("REGISTRY_ADMIN_PASSWORD", password, BOOTSTRAP_ADMIN);
        throttle.clearEverywhere(BOOTSTRAP_ADMIN.value()); // break-glass: nobody's wrong guesses keep admin out any longer
        Optional<Account> admin = find(BOOTSTRAP_ADMIN);
        if (admin.isEmpty()) {
            open(Caller.system(), BOOTSTRAP_ADMIN, Role.SECRETARIAT, password, Optional.empty());
            return;
        }
        if (admin.get().role() != Role.SECRETARIAT) {
            throw new ConflictException("The account 'admin' exists and is not a secretariat account.");
        }
        admin.get().changePassword(hasher.hash(password), clock.instant());
        if (admin.get().enable()) {
            audit.record(Caller.system(), "account.enabled", ENTITY, BOOTSTRAP_ADMIN.value(), Changes.none().field("enabled", false, true));
        }
        audit.record(Caller.system(), "account.password-reset", ENTITY, BOOTSTRAP_ADMIN.value(), Changes.none());
    }

    public Optional<Account> find(Username username) {
        return repository.find(username);
    }

    private Account open(Caller caller, Username name, Role role, String password, Optional<String> memberNumber) {
        if (find(name).isPresent()) {
            throw new ConflictException("The username '" + name + "' is taken.");
        }
        Account account = Account.open(name, role, memberNumber, hasher.hash(password), clock.instant());
        repository.add(account);
        audit.record(caller, "account.created", ENTITY, name.value(), Changes.created("username", name.value()).set("role", role)
                .set("memberNumber", memberNumber.orElse(null)).set("enabled", true));
        return account;
    }

    private Account require(String username) {
        Username name;
        try {
            name = Username.of(username);
        } catch (InvalidInputException notAUsername) {
            throw new UnknownEntityException("account", String.valueOf(username));
        }
        return find(name).orElseThrow(() -> new UnknownEntityException("account", name.value()));
    }

    private long enabledSecretariatAccounts() {
        return repository.countEnabled(Role.SECRETARIAT);
    }

    public long countByRole(Role role) {
        return repository.countByRole(role);
    }
}
