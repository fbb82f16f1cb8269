package org.wic.registry.it.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Imports;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.TestServer;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write answered 2xx is never lost, also when the server is killed ({@code kill -9}: nothing
 * flushed, no transaction finished) while it serves: on the build's database (the embedded H2 file,
 * or PostgreSQL with -Ppostgres). And nothing half-written stays: an application without its
 * history, a payment without its invoice's update, part of an import, a dues run left behind.
 */
class CrashDurabilityIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final int CLIENTS = 8;
    private static final int REQUESTS = 200;
    private static final String PAYMENT_AMOUNT = "1.00";

    /** What the clients were told: answered writes, by kind. */
    private record Answered(String kind, String reference) {
    }

    @Test
    void everyAnsweredWriteSurvivesAKillAndNothingHalfWrittenStays() throws Exception {
        String run = Identities.unique("crash");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(Members.admit());
        }
        List<String> invoices = members.stream().map(CrashDurabilityIT::invoiceOf).toList();

        var answered = new ConcurrentLinkedQueue<Answered>();
        var unanswered = new AtomicInteger();
        var sent = new AtomicInteger();
        var halfway = new CountDownLatch(REQUESTS / 2);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            clients.submit(() -> {
                for (int i = first; i < REQUESTS; i += CLIENTS) {
                    sent.incrementAndGet();
                    try {
                        write(i, run, members, invoices).ifPresent(answered::add);
                    } catch (UncheckedIOException noAnswer) {
                        unanswered.incrementAndGet(); // the server died under it: the outcome is unknown
                    }
                    halfway.countDown();
                }
            });
        }
        assertThat(halfway.await(5, TimeUnit.MINUTES)).isTrue();
        Map<String, String> environment = TestServer.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        TestServer.start(environment);

        System.out.printf("Crash durability: %d requests sent, %d answered 2xx (%d applications, %d contacts, %d payments), %d without an answer%n",
                sent.get(), answered.size(), count(answered, "application"), count(answered, "contact"), count(answered, "payment"), unanswered.get());
        assertThat(answered.size()).as("writes answered before the kill").isGreaterThanOrEqualTo(REQUESTS / 4);
        for (Answered write : answered) {
            switch (write.kind()) {
                case "application" -> assertThat(SECRETARIAT.get("/api/v1/applications/" + write.reference()).status())
                        .as("answered application %s", write.reference()).isEqualTo(200);
                case "contact" -> assertThat(contactEmails(members)).as("answered contact %s", write.reference()).contains(write.reference());
                case "payment" -> assertThat(SECRETARIAT.get("/api/v1/payments/" + write.reference()).status())
                        .as("answered payment %s", write.reference()).isEqualTo(200);
                default -> throw new IllegalStateException(write.kind());
            }
        }
        // nothing half-written: every application of the run (answered or not) has its history; every invoice's balance is its payments'
        for (JsonObject application : applications(run)) {
            JsonObject full = SECRETARIAT.get("/api/v1/applications/" + application.getJsonNumber("id")).json();
            assertThat(full.getJsonArray("history")).as("history of application %s", full.getJsonNumber("id")).isNotEmpty();
        }
        for (String invoice : invoices) {
            JsonObject read = SECRETARIAT.get("/api/v1/invoices/" + invoice).json();
            BigDecimal amount = new BigDecimal(read.getJsonObject("amount").getString("value"));
            BigDecimal balance = new BigDecimal(read.getJsonObject("balance").getString("value"));
            BigDecimal paid = statementPayments(read.getString("memberNumber"), invoice);
            assertThat(balance).as("balance of %s", invoice).isEqualByComparingTo(amount.subtract(paid));
        }
    }

    @Test
    void aDuesRunKilledMidwayCompletesAfterTheRestartWithoutDuplicates() throws Exception {
        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        RegistryHttp.Answer started = SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + year + "}");
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String path = started.header("Location").map(location -> location.substring(location.indexOf("/api/"))).orElseThrow();

        TestServer.start(TestServer.kill());

        JsonObject run = SECRETARIAT.get(path).json();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (run.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            run = SECRETARIAT.get(path).json();
        }
        assertThat(run.getString("status")).as("taken up again after the restart").isEqualTo("COMPLETED");
        assertThat(run.getJsonObject("progress").getInt("done")).isEqualTo(run.getJsonObject("progress").getInt("total"));
        var invoiced = new ArrayList<String>();
        for (String page = "/api/v1/invoices?limit=200&year=" + year; page != null; ) {
            RegistryHttp.Answer answer = SECRETARIAT.get(page);
            answer.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(invoice -> invoiced.add(invoice.getString("memberNumber")));
            page = answer.nextPath().orElse(null);
        }
        assertThat(invoiced).as("one invoice per member and year").doesNotHaveDuplicates();
    }

    @Test
    void anImportKilledMidwayLeavesNothingOfTheFile() throws Exception {
        String prefix = Identities.unique("Crash Import");
        var file = new StringBuilder("number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,"
                + "addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary\r\n");
        for (int i = 0; i < 6000; i++) {
            file.append(",").append(prefix).append(" ").append(i).append(",,ENTERPRISE,KE,FULL,ACTIVE,2024-01-01,,,,,,,,Import Person,,person")
                    .append(i).append("@crash.example,,true\r\n");
        }
        ExecutorService importer = Executors.newSingleThreadExecutor();
        var importing = importer.submit(() -> {
            try {
                return Optional.of(Imports.post(file.toString()));
            } catch (UncheckedIOException killed) {
                return Optional.<RegistryHttp.Answer>empty();
            }
        });
        Thread.sleep(2500); // the file is being staged, checked or written
        Map<String, String> environment = TestServer.kill();
        Optional<RegistryHttp.Answer> accepted = importing.get(2, TimeUnit.MINUTES);
        importer.shutdown();
        TestServer.start(environment);

        System.out.printf("Crash during an import of 6000 members: the import answered %s%n", accepted.map(RegistryHttp.Answer::status)
                .map(String::valueOf).orElse("nothing (killed)"));
        int found = membersOfTheFile(prefix);
        assertThat(found).as("members of the file right after the restart: all or none").isIn(0, 6000);
        if (accepted.isPresent()) {
            // accepted: the import was staged, and a worker (taking it over from the killed one) writes it all
            JsonObject job = Imports.awaitEnd(accepted.get());
            assertThat(job.getString("status")).as("%s", job).isEqualTo("COMPLETED");
            assertThat(job.getInt("written")).isEqualTo(6000);
            assertThat(membersOfTheFile(prefix)).isEqualTo(6000);
        }
    }

    /** Members whose names hold the prefix, counted in the directory's CSV export. */
    private static int membersOfTheFile(String prefix) {
        return (int) SECRETARIAT.get("/api/v1/exports/directory.csv?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).body().lines()
                .skip(1).filter(line -> !line.isBlank()).count();
    }

    /** One creating or changing request, answered 2xx (what it made), or not (empty); no answer at all is an exception. */
    private static Optional<Answered> write(int i, String run, List<String> members, List<String> invoices) {
        return switch (i % 3) {
            case 0 -> {
                RegistryHttp.Answer answer = RegistryHttp.registry().post("/api/v1/applications",
                        Applicants.form(run + " Applicant " + i).build().toString());
                yield answer.status() == 201 ? Optional.of(new Answered("application", String.valueOf(answer.json().getJsonNumber("id")))) : Optional.empty();
            }
            case 1 -> {
                String email = run + "-" + i + "@crash.example";
                RegistryHttp.Answer answer = SECRETARIAT.post("/api/v1/members/" + members.get(i % members.size()) + "/contacts",
                        Json.createObjectBuilder().add("name", "Crash Contact " + i).add("email", email).build().toString());
                yield answer.status() == 201 ? Optional.of(new Answered("contact", email)) : Optional.empty();
            }
            default -> {
                RegistryHttp.Answer answer = SECRETARIAT.post("/api/v1/invoices/" + invoices.get(i % invoices.size()) + "/payments",
                        "{\"amount\": {\"value\": \"" + PAYMENT_AMOUNT + "\", \"currency\": \"USD\"}, \"receivedOn\": \"" + LocalDate.now(ZoneOffset.UTC)
                                + "\", \"method\": \"BANK_TRANSFER\", \"reference\": \"" + run + "-" + i + "\"}");
                yield answer.status() == 201 ? Optional.of(new Answered("payment", String.valueOf(answer.json().getJsonNumber("id")))) : Optional.empty();
            }
        };
    }

    private static String invoiceOf(String member) {
        return SECRETARIAT.get("/api/v1/invoices?member=" + member).json().getJsonArray("items").getJsonObject(0).getString("number");
    }

    private static List<String> contactEmails(List<String> members) {
        return members.stream().flatMap(member -> SECRETARIAT.get("/api/v1/members/" + member + "/contacts").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(contact -> contact.getString("email"))).toList();
    }

    private static List<JsonObject> applications(String run) {
        return SECRETARIAT.get("/api/v1/applications?limit=200&q=" + URLEncoder.encode(run, StandardCharsets.UTF_8)).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** The invoice's payments as the member's statement shows them, reversals taken off. */
    private static BigDecimal statementPayments(String member, String invoice) {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonObject entry : SECRETARIAT.get("/api/v1/members/" + member + "/statement").json().getJsonArray("entries").getValuesAs(JsonObject.class)) {
            if (invoice.equals(entry.getString("invoiceNumber", "")) && !entry.getString("kind").equals("INVOICE")) {
                paid = paid.subtract(new BigDecimal(entry.getJsonObject("amount").getString("value")));
            }
        }
        return paid;
    }

    private static long count(ConcurrentLinkedQueue<Answered> answered, String kind) {
        return answered.stream().filter(write -> write.kind().equals(kind)).count();
    }
}
