package org.wic.registry.it.exchange;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.DuesRunStatus;
import org.wic.registry.exchange.Chunk;
import org.wic.registry.exchange.ExportService;
import org.wic.registry.exchange.ImportStatus;
import org.wic.registry.exchange.MemberColumns;
import org.wic.registry.exchange.MemberImport;
import org.wic.registry.exchange.MemberImportService;
import org.wic.registry.it.Deployments;
import org.wic.registry.paging.Cursor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip the secretariat relies on when it moves the registry: every member exported, the
 * database emptied of members, the file imported, and the export after it the same, byte for byte.
 * In a transaction the test rolls back, on the build's database, once no import or dues run of an
 * earlier test is still writing (a run a test started and left to this server's recovery, an import
 * staged just before a kill): their members, change events and invoices would land between the
 * deletions.
 */
@ExtendWith(ArquillianExtension.class)
class EmptyDatabaseRoundTripIT {

    private static final Caller SECRETARIAT = Caller.account("admin", Role.SECRETARIAT, Optional.empty());
    /** Everything that hangs on a member, children first. */
    private static final List<String> EMPTYING = List.of("DELETE FROM webhook_delivery", "DELETE FROM change_event", "DELETE FROM dues_run_item",
            "DELETE FROM payment", "DELETE FROM invoice", "DELETE FROM member_status_change", "DELETE FROM member_contact",
            "UPDATE application SET member_id = NULL", "DELETE FROM member");

    @Inject
    private ExportService exports;

    @Inject
    private MemberImportService memberImport;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("empty-database-round-trip-it");
    }

    @Test
    void exportingAllMembersAndImportingThemIntoAnEmptyDatabaseReproducesThem() throws Exception {
        awaitNoBackgroundWriter();
        transaction.begin();
        try {
            String before = exportMembers();
            long members = entityManager.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult();
            assertThat(members).as("the tests before this one admitted members").isPositive();
            EMPTYING.forEach(sql -> entityManager.createNativeQuery(sql).executeUpdate());
            assertThat(exportMembers()).isEqualTo(String.join(",", MemberColumns.HEADER) + "\r\n");

            MemberImport imported = memberImport.importNow(SECRETARIAT, new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)));

            assertThat(imported.membersWritten()).hasValue((int) members);
            assertThat(exportMembers()).isEqualTo(before);
        } finally {
            transaction.rollback();
        }
    }

    private void awaitNoBackgroundWriter() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            long running = entityManager.createQuery("SELECT COUNT(i) FROM MemberImport i WHERE i.status = :status", Long.class)
                    .setParameter("status", ImportStatus.RUNNING).getSingleResult()
                    + entityManager.createQuery("SELECT COUNT(r) FROM DuesRun r WHERE r.status = :status", Long.class)
                    .setParameter("status", DuesRunStatus.RUNNING).getSingleResult();
            if (running == 0) {
                return;
            }
            assertThat(Instant.now()).as("%d imports and dues runs still running", running).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private String exportMembers() throws IOException {
        var text = new StringWriter();
        try (var printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(MemberColumns.HEADER);
            Optional<Cursor> after = Optional.empty();
            do {
                Chunk chunk = exports.members(SECRETARIAT, after);
                printer.printRecords(chunk.rows());
                after = chunk.next();
            } while (after.isPresent());
        }
        return text.toString();
    }
}
