package org.wic.registry.it.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Imports;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.console.Browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry as a deployment group of two Payara instances on one PostgreSQL database behind
 * HAProxy ({@code ./mvnw verify -Pcluster-tests}): what it must survive, step by step, on a
 * database made afresh for it. Prints the takeover times.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final RegistryHttp BALANCER = RegistryHttp.registry();
    private static final int IMPORTED_MEMBERS = 5000;

    @Test
    @Order(1)
    void bothInstancesStartedTogetherOnTheEmptyDatabaseMadeOneAdminAndOneMigration() {
        Cluster.names().forEach(instance -> assertThat(Cluster.direct(instance).get("/health/ready").status()).as(instance).isEqualTo(200));
        assertThat(Cluster.count("SELECT COUNT(*) FROM account WHERE username = 'admin'")).isEqualTo(1);
        assertThat(Cluster.count("SELECT COUNT(*) FROM account")).as("no other account was opened").isEqualTo(1);
        long changesets = Cluster.count("SELECT COUNT(*) FROM databasechangelog");
        assertThat(Cluster.count("SELECT COUNT(DISTINCT id) FROM databasechangelog")).as("each changeset ran once").isEqualTo(changesets);
        assertThat(Cluster.count("SELECT COUNT(*) FROM member")).as("no demo data on PostgreSQL unless asked").isZero();
        System.out.printf("Cluster: %s started together on an empty database: 1 admin account, %d changesets, each once%n", Cluster.names(), changesets);
    }

    @Test
    @Order(2)
    void theAcceptanceScenarioRunsAcrossTheInstancesAndTheBalancer() {
        // each step on the next of: registry-1, the balancer, registry-2, the balancer, …
        List<RegistryHttp> targets = List.of(Cluster.direct("registry-1"), BALANCER, Cluster.direct("registry-2"), BALANCER);
        var step = new int[1];
        java.util.function.Supplier<RegistryHttp> next = () -> targets.get(step[0]++ % targets.size());
        Credentials admin = Identities.admin();

        String legalName = Identities.unique("Cluster Networks");
        RegistryHttp.Answer submitted = next.get().post("/api/v1/applications", Applicants.form(legalName).build().toString());
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        String application = "/api/v1/applications/" + submitted.json().getInt("id");
        assertThat(next.get().as(admin).post(application + "/start-review", null).status()).isEqualTo(200);
        RegistryHttp.Answer approved = next.get().as(admin).post(application + "/approve", "{\"tier\": \"FULL\"}");
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        String number = approved.json().getString("memberNumber");

        RegistryHttp.Answer visible = next.get().get("/api/v1/members/" + number);
        assertThat(visible.status()).as("the new member in the public directory: %s", visible).isEqualTo(200);
        assertThat(visible.json().getString("legalName")).isEqualTo(legalName);

        Credentials representative = representative(next.get(), number);
        RegistryHttp editor = next.get().as(representative);
        RegistryHttp.Answer own = editor.get("/api/v1/members/" + number);
        assertThat(own.status()).as("the representative reads the member: %s", own).isEqualTo(200);
        String etag = own.header("ETag").orElseThrow();
        RegistryHttp.Answer edited = editor.patch("/api/v1/members/" + number, "{\"website\": \"https://cluster.example\"}", "If-Match", etag);
        assertThat(edited.status()).as("the representative's edit: %s", edited).isEqualTo(200);
        assertThat(next.get().get("/api/v1/members/" + number).json().getString("website")).isEqualTo("https://cluster.example");

        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        JsonObject run = completedRun(next.get().as(admin), year, Duration.ofMinutes(3));
        assertThat(run.getJsonObject("progress").getInt("done")).isEqualTo(run.getJsonObject("progress").getInt("total"));
        JsonObject invoice = next.get().as(admin).get("/api/v1/invoices?member=" + number + "&year=" + year).json().getJsonArray("items").getJsonObject(0);
        String amount = invoice.getJsonObject("amount").getString("value");
        RegistryHttp.Answer paid = next.get().as(admin).post("/api/v1/invoices/" + invoice.getString("number") + "/payments",
                "{\"amount\": {\"value\": \"" + amount + "\", \"currency\": \"USD\"}, \"receivedOn\": \"" + LocalDate.now(ZoneOffset.UTC)
                        + "\", \"method\": \"BANK_TRANSFER\", \"reference\": \"cluster-" + number + "\"}");
        assertThat(paid.status()).as("the payment: %s", paid).isEqualTo(201);
        assertThat(next.get().as(admin).get("/api/v1/invoices/" + invoice.getString("number")).json().getString("status")).isEqualTo("PAID");
        System.out.printf("Cluster: apply → approve → directory → representative's edit → dues run → payment: %d requests over registry-1,"
                + " the balancer and registry-2 in turn%n", step[0]);
    }

    @Test
    @Order(3)
    void aDuesRunWhoseInstanceIsKilledIsCompletedByTheOtherWithOneInvoicePerMember() {
        String prefix = Identities.unique("Cluster Import");
        var file = new StringBuilder("number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,"
                + "addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary\r\n");
        for (int i = 0; i < IMPORTED_MEMBERS; i++) {
            file.append(",").append(prefix).append(" ").append(i).append(",,ENTERPRISE,KE,FULL,ACTIVE,2024-01-01,,,,,,,,Import Person,,person")
                    .append(i).append("@cluster.example,,true\r\n");
        }
        JsonObject imported = Imports.run(file.toString());
        assertThat(imported.getString("status")).as("%s", imported).isEqualTo("COMPLETED");
        long active = Cluster.count("SELECT COUNT(*) FROM member WHERE status = 'ACTIVE'");
        assertThat(active).isGreaterThanOrEqualTo(IMPORTED_MEMBERS);

        // next year's run again (the scenario's covered the members there were then): the imported members get theirs
        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        RegistryHttp secretariat = BALANCER.as(Identities.admin());
        RegistryHttp.Answer started = secretariat.post("/api/v1/dues-runs", "{\"year\": " + year + "}");
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String path = started.header("Location").map(location -> location.substring(location.indexOf("/api/"))).orElseThrow();
        long runId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        String worker = runWorker(runId);
        Map<String, Optional<String>> timers = timerHolders();

        // mid-run: some members invoiced, most not yet
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject progress = secretariat.get(path).json().getJsonObject("progress");
        while (progress.getInt("done") < 250 && Instant.now().isBefore(deadline)) {
            Cluster.pause(Duration.ofMillis(100));
            progress = secretariat.get(path).json().getJsonObject("progress");
        }
        Instant killed = Instant.now();
        Map<String, String> environment = Cluster.kill(worker);
        assertThat(progress.getInt("done")).as("the run got going: %s", progress).isBetween(1, progress.getInt("total") - 1);
        System.out.printf("Cluster: killed %s (kill -9) with the dues run of %d members at %d done; timers held then: %s%n",
                worker, progress.getInt("total"), progress.getInt("done"), timers);

        String survivor = Cluster.other(worker);
        // watched together: when the survivor holds the run, and each timer the killed instance ran
        var takenOver = new java.util.TreeMap<String, Duration>();
        Instant patience = killed.plus(Duration.ofMinutes(2));
        while (takenOver.size() < 1 + timers.values().stream().filter(holder -> holder.filter(worker::equals).isPresent()).count()
                && Instant.now().isBefore(patience)) {
            if (!takenOver.containsKey("dues run") && runWorker(runId).equals(survivor)) {
                takenOver.put("dues run", Duration.between(killed, Instant.now()));
            }
            timers.forEach((job, holder) -> {
                if (holder.filter(worker::equals).isPresent() && !takenOver.containsKey(job) && Cluster.leaseHolder(job).filter(survivor::equals).isPresent()) {
                    takenOver.put(job, Duration.between(killed, Instant.now()));
                }
            });
            Cluster.pause(Duration.ofMillis(200));
        }
        takenOver.forEach((what, after) -> System.out.printf("Cluster: %s taken over by %s %.1f s after the kill%n", what, survivor, after.toMillis() / 1000.0));
        assertThat(takenOver).as("the run taken over within a minute").containsKey("dues run");
        assertThat(takenOver.get("dues run")).isLessThan(Duration.ofMinutes(1));
        timers.forEach((job, holder) -> {
            if (holder.filter(worker::equals).isPresent()) {
                assertThat(takenOver).as("%s taken over", job).containsKey(job);
            }
        });

        JsonObject run = completedRun(runId, secretariat, path, Duration.ofMinutes(5));
        int total = run.getJsonObject("progress").getInt("total");
        assertThat(run.getJsonObject("progress").getInt("done")).isEqualTo(total);
        assertThat(total).isEqualTo((int) active);
        assertThat(Cluster.count("SELECT COUNT(*) FROM invoice WHERE dues_year = ?", year)).as("one invoice per member").isEqualTo(active);
        assertThat(Cluster.count("SELECT COUNT(DISTINCT member_id) FROM invoice WHERE dues_year = ?", year)).isEqualTo(active);
        System.out.printf("Cluster: the run completed on %s: %d members done, %d of them after the takeover; %d invoices for %d, one per member%n",
                survivor, total, total - progress.getInt("done"), Cluster.count("SELECT COUNT(*) FROM invoice WHERE dues_year = ?", year), year);

        Instant restarting = Instant.now();
        Cluster.start(worker, environment);
        System.out.printf("Cluster: %s started again in %.1f s%n", worker, Duration.between(restarting, Instant.now()).toMillis() / 1000.0);
    }

    @Test
    @Order(4)
    void theTimersOfAKilledInstanceMoveToTheOther() {
        Map<String, Optional<String>> timers = timerHolders();
        String holder = timers.get("notification-dispatcher").orElseThrow(() -> new AssertionError("no instance sends mail: " + timers));
        String survivor = Cluster.other(holder);
        Instant killed = Instant.now();
        Map<String, String> environment = Cluster.kill(holder);
        try {
            List<String> held = timers.keySet().stream().filter(job -> timers.get(job).filter(holder::equals).isPresent()).toList();
            var takenOver = new java.util.TreeMap<String, Duration>();
            while (takenOver.size() < held.size() && Duration.between(killed, Instant.now()).compareTo(Duration.ofMinutes(1)) < 0) {
                held.stream().filter(job -> !takenOver.containsKey(job) && Cluster.leaseHolder(job).filter(survivor::equals).isPresent())
                        .forEach(job -> takenOver.put(job, Duration.between(killed, Instant.now())));
                Cluster.pause(Duration.ofMillis(200));
            }
            takenOver.forEach((job, after) -> System.out.printf("Cluster: %s, on %s when it was killed, runs on %s %.1f s after the kill%n", job, holder,
                    survivor, after.toMillis() / 1000.0));
            assertThat(takenOver).as("every timer of the killed instance runs on the survivor").containsOnlyKeys(held);
            assertThat(takenOver.values()).as("within the 15 s lease and a pass").allMatch(after -> after.compareTo(Duration.ofSeconds(20)) < 0);
            timers.keySet().stream().filter(job -> !held.contains(job)).forEach(job ->
                    assertThat(Cluster.leaseHolder(job)).as("%s stays where it was", job).contains(survivor));
        } finally {
            Cluster.start(holder, environment);
        }
    }

    @Test
    @Order(5)
    void anOfficerSignedInThroughTheBalancerGoesOnWorkingWhenTheirInstanceStops() {
        try (Browser browser = new Browser()) {
            browser.signedIn(Identities.admin());
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).as("the console's session cookie").isNotNull();
            String instance = session.getValue().substring(0, session.getValue().indexOf('~'));
            assertThat(Cluster.names()).contains(instance);
            browser.open("members/");
            browser.waitForText("Members");

            Map<String, String> environment = Cluster.stop(instance);
            try {
                System.out.printf("Cluster: the officer's session was on %s, which is now stopped%n", instance);
                browser.open("applications/");
                browser.waitForText("Applications");
                assertThat(browser.driver().getCurrentUrl()).as("still signed in, not sent to the sign-in page").contains("/console/applications");
                browser.open("members/");
                browser.waitForText("Members");
                browser.open("dashboard");
                browser.waitForText("Applications waiting");
                assertThat(Cluster.isUp(instance)).as("%s is down: the other served these pages", instance).isFalse();
                browser.screenshot("cluster-after-failover");
                System.out.printf("Cluster: the same browser went on in the console on %s, signed in%n", Cluster.other(instance));
            } finally {
                Cluster.start(instance, environment);
            }
        }
        assertThat(Cluster.logLines("Cannot serialize session attribute")).as("every session attribute reached the data grid").isEmpty();
    }

    @Test
    @Order(6)
    void twentyApprovalsOfOneApplicationAtOnceOnBothInstancesMakeOneMember() throws Exception {
        String legalName = Identities.unique("Cluster Twenty");
        JsonObject submitted = Applicants.submit(Applicants.form(legalName).build());
        String application = "/api/v1/applications/" + submitted.getInt("id");
        assertThat(BALANCER.as(Identities.admin()).post(application + "/start-review", null).status()).isEqualTo(200);

        ExecutorService approvers = Executors.newFixedThreadPool(20);
        var ready = new CountDownLatch(20);
        var futures = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 20; i++) {
            RegistryHttp instance = Cluster.direct(Cluster.names().get(i % 2)).as(Identities.admin());
            futures.add(approvers.submit(() -> {
                ready.countDown();
                ready.await();
                return instance.post(application + "/approve", "{\"tier\": \"FULL\"}").status();
            }));
        }
        var statuses = new ArrayList<Integer>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        approvers.shutdown();
        assertThat(statuses).as("one approval, the others refused as conflicts").containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(Cluster.count("SELECT COUNT(*) FROM member WHERE legal_name = ?", legalName)).isEqualTo(1);
        System.out.printf("Cluster: 20 approvals at once over both instances: %s%n", statuses);
    }

    @Test
    @Order(7)
    void arrearsChecksOnBothInstancesAtOnceBothSucceedAndSuspendEachMemberOnce() throws Exception {
        List<String> owing = List.of(Members.admit(), Members.admit(), Members.admit());
        // their first invoices fell due long ago: past the 90 days' grace
        for (String number : owing) {
            Cluster.update("UPDATE invoice SET issued_on = ?, due_on = ? WHERE member_id = ?",
                    LocalDate.now(ZoneOffset.UTC).minusDays(150), LocalDate.now(ZoneOffset.UTC).minusDays(120), Long.parseLong(number.substring("WIC-".length())));
        }
        ExecutorService checkers = Executors.newFixedThreadPool(2);
        var ready = new CountDownLatch(2);
        var answers = new ArrayList<Future<RegistryHttp.Answer>>();
        for (String instance : Cluster.names()) {
            RegistryHttp secretariat = Cluster.direct(instance).as(Identities.admin());
            answers.add(checkers.submit(() -> {
                ready.countDown();
                ready.await();
                return secretariat.post("/api/v1/arrears-checks", null);
            }));
        }
        var suspended = new ArrayList<String>();
        for (Future<RegistryHttp.Answer> answer : answers) {
            RegistryHttp.Answer check = answer.get();
            assertThat(check.status()).as("%s", check).isEqualTo(200);
            check.json().getJsonArray("suspended").getValuesAs(jakarta.json.JsonString.class).forEach(number -> suspended.add(number.getString()));
        }
        checkers.shutdown();
        assertThat(suspended).as("each member suspended by one of the two checks").containsExactlyInAnyOrderElementsOf(owing);
        for (String number : owing) {
            List<JsonObject> history = BALANCER.as(Identities.admin()).get("/api/v1/members/" + number + "/status-history").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(history.stream().filter(entry -> entry.getString("to").equals("SUSPENDED")).count()).as(number).isEqualTo(1);
        }
        System.out.printf("Cluster: arrears checks on both instances at once: both 200, %s suspended once each%n", suspended);
    }

    @Test
    @Order(8)
    void theInstancesCountClientsByTheAddressTheBalancerSawNotOneAClientClaims() {
        // a raw request: Java's HTTP client leaves out headers named Proxy-*, a forger's client does not
        String through = Identities.unique("forger");
        assertThat(Cluster.rawGet(RegistryHttp.BASE, "/api/v1/me", Credentials.basic(through, "wrong-password-1"), "Proxy-ip: 203.0.113.7"))
                .as("through the balancer").isEqualTo(401);
        assertThat(Cluster.addresses(through)).as("the balancer replaced the forged address with the client's").containsExactly("127.0.0.1");

        String direct = Identities.unique("balancer");
        assertThat(Cluster.rawGet(Cluster.INSTANCES.get("registry-1"), "/api/v1/me", Credentials.basic(direct, "wrong-password-1"),
                "Proxy-ip: 198.51.100.7")).as("straight to an instance").isEqualTo(401);
        assertThat(Cluster.addresses(direct)).as("an instance takes the address from the balancer's header: it must listen to the balancer only")
                .containsExactly("198.51.100.7");
        System.out.println("Cluster: a sign-in failure through the balancer is counted against the client's address, a forged Proxy-ip ignored");
    }

    private static Credentials representative(RegistryHttp target, String number) {
        String username = Identities.unique("rep");
        String password = Identities.newPassword();
        RegistryHttp.Answer opened = target.as(Identities.admin()).post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("role", "MEMBER").add("password", password).add("memberNumber", number).build().toString());
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        return Credentials.basic(username, password);
    }

    private static JsonObject completedRun(RegistryHttp secretariat, int year, Duration patience) {
        RegistryHttp.Answer started = secretariat.post("/api/v1/dues-runs", "{\"year\": " + year + "}");
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String path = started.header("Location").map(location -> location.substring(location.indexOf("/api/"))).orElseThrow();
        return completedRun(0, secretariat, path, patience);
    }

    private static JsonObject completedRun(long id, RegistryHttp secretariat, String path, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        JsonObject run = secretariat.get(path).json();
        while (run.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Cluster.pause(Duration.ofMillis(500));
            run = secretariat.get(path).json();
        }
        assertThat(run.getString("status")).as("dues run %s: %s", id, run).isEqualTo("COMPLETED");
        return run;
    }

    /** The instance whose worker holds the run. */
    private static String runWorker(long runId) {
        try (var connection = Cluster.database(); var statement = connection.prepareStatement("SELECT worker FROM dues_run WHERE id = ?")) {
            statement.setLong(1, runId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1).replaceFirst("/.*$", "");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Optional<String>> timerHolders() {
        var holders = new java.util.TreeMap<String, Optional<String>>();
        for (String job : List.of("notification-dispatcher", "webhook-dispatcher")) {
            holders.put(job, Cluster.leaseHolder(job));
        }
        return holders;
    }

}
