package org.wic.registry.it.member;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.it.Deployments;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberContactService;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.notification.Language;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the server, on the database the build chose: a page of the directory, with what it shows of
 * each member (its tier), is read in a fixed number of SQL statements, whatever the page's size:
 * no statement per row.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryStatementsIT {

    private static final Caller OFFICER = Caller.account("directory-statements-it", Role.SECRETARIAT, Optional.empty());
    /** This run's members only, whatever else the database holds: their names carry a token of their own. */
    private static final String TOKEN = "stmts" + UUID.randomUUID().toString().substring(0, 8);
    private static final DirectoryQuery THIS_RUNS_MEMBERS = new DirectoryQuery(MemberStatus.ACTIVE, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(TOKEN), Optional.empty(), Optional.empty(), DirectoryQuery.Sort.NAME);

    @Inject
    private MemberService members;

    @Inject
    private TierService tiers;

    @Inject
    private MemberContactService contacts;

    @PersistenceUnit(unitName = "registry")
    private EntityManagerFactory persistence;

    @Resource
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("directory-statements-it");
    }

    @Test
    void aPageIsReadInTheSameStatementsWhateverItsSize() throws Exception {
        membersInTurnInEveryTier(60);

        int small = statementsToShow(5);
        int large = statementsToShow(60);

        System.out.printf("directory page: %d SQL statements for 5 rows, %d for 60%n", small, large);
        assertThat(large).as("statements for a page of 60").isEqualTo(small);
        assertThat(small).as("statements for a page of 5").isLessThanOrEqualTo(2);
    }

    @Test
    void aMembersRecordIsReadInTheSameStatementsWhateverItsContacts() throws Exception {
        membersInTurnInEveryTier(2);
        Page<Member> two = members.directory(THIS_RUNS_MEMBERS, new PageRequest(2, Optional.empty()));
        String few = two.items().get(0).number().toString();
        String many = two.items().get(1).number().toString();
        transaction.begin();
        for (int i = 0; i < 6; i++) {
            contacts.add(OFFICER, many, Optional.empty(), new MemberContactService.ContactForm("Contact " + i, null, "contact" + i + "@statements.example",
                    null, false, false, false));
        }
        transaction.commit();

        int oneContact = statementsToRead(few);
        int sevenContacts = statementsToRead(many);

        System.out.printf("member's record: %d SQL statements with 1 contact, %d with 7%n", oneContact, sevenContacts);
        assertThat(sevenContacts).as("statements for a member with 7 contacts").isEqualTo(oneContact);
        assertThat(oneContact).as("statements for a member's full record (the member, its tier and its contacts, each read once)")
                .isLessThanOrEqualTo(4);
    }

    /** The statements this thread issues to read what a member's full record shows (GET /api/v1/members/{number}). */
    private int statementsToRead(String number) throws Exception {
        return statements(() -> {
            Member member = members.read(OFFICER, number).member();
            assertThat(List.of(member.legalName(), member.tier().code(), member.status().name(), member.countryCode())).doesNotContainNull();
            member.address();
            assertThat(member.contacts()).allSatisfy(contact -> assertThat(contact.email()).isNotBlank());
        });
    }

    /** The statements this thread issues to read one page, in a transaction of its own (a fresh persistence context). */
    private int statementsToShow(int size) throws Exception {
        return statements(() -> {
            Page<Member> page = members.directory(THIS_RUNS_MEMBERS, new PageRequest(size, Optional.empty()));
            assertThat(page.items()).hasSize(size);
            page.items().forEach(member -> assertThat(member.tier().code()).isNotBlank()); // what the directory shows of each
            assertThat(page.items().stream().map(member -> member.tier().code()).distinct()).as("tiers on the page").hasSizeGreaterThan(1);
        });
    }

    /** The statements this thread issues while reading, in a transaction of its own (a fresh persistence context). */
    private int statements(Runnable reading) throws Exception {
        var count = new AtomicInteger();
        Thread reader = Thread.currentThread();
        SessionEventListener counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == reader) {
                    count.incrementAndGet();
                }
            }
        };
        var events = persistence.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager();
        events.addListener(counter);
        transaction.begin();
        try {
            reading.run();
        } finally {
            transaction.rollback();
            events.removeListener(counter);
        }
        return count.get();
    }

    /** Members in name order take the tiers an enterprise may join in turn, so even the smallest page shows several. */
    private void membersInTurnInEveryTier(int count) throws Exception {
        var open = tiers.all().stream().filter(tier -> tier.admits(Category.ENTERPRISE)).toList();
        assertThat(open).as("tiers an enterprise may join").hasSizeGreaterThan(1);
        transaction.begin();
        for (int i = 0; i < count; i++) {
            Tier tier = open.get(i % open.size());
            members.admit(OFFICER, new Member.Admission("Directory %s %03d".formatted(TOKEN, i), Category.ENTERPRISE, "KE",
                    Optional.empty(), Optional.empty(), new ContactPerson("Statement Counter", "counter@statements.example", Optional.empty()), Language.EN),
                    tier, LocalDate.now());
        }
        transaction.commit();
    }
}
