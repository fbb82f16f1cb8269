package org.wic.registry.it.dues;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Dues as the secretariat and a member's representative meet them over HTTP. */
class DuesJourneyIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void approvalIssuesAProratedInvoiceThatIsPaidInParts() {
        String number = Members.admit();
        JsonObject invoice = onlyInvoice(number);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BigDecimal annual = new BigDecimal(SECRETARIAT.get("/api/v1/tiers/FULL").json().getJsonObject("dues").getString("value"));
        BigDecimal expected = annual.multiply(BigDecimal.valueOf(13 - today.getMonthValue())).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
        assertThat(invoice.getInt("year")).isEqualTo(today.getYear());
        assertThat(new BigDecimal(invoice.getJsonObject("amount").getString("value"))).isEqualByComparingTo(expected);
        assertThat(invoice.getString("status")).isEqualTo("OPEN");
        assertThat(invoice.getString("dueOn")).isEqualTo(LocalDate.parse(invoice.getString("issuedOn")).plusDays(60).toString());
        assertThat(invoice.getBoolean("overdue")).isFalse();
        String path = "/api/v1/invoices/" + invoice.getString("number");

        BigDecimal part = expected.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
        RegistryHttp.Answer partial = SECRETARIAT.post(path + "/payments", payment(part.toPlainString(), "USD"));
        assertThat(partial.status()).as("%s", partial).isEqualTo(201);
        assertThat(partial.header("Location")).get().asString().endsWith("/api/v1/payments/" + partial.json().getJsonNumber("id"));
        assertThat(SECRETARIAT.get(path).json().getString("status")).isEqualTo("PARTIALLY_PAID");

        assertProblem(SECRETARIAT.post(path + "/payments", payment(expected.toPlainString(), "USD")), 409);
        assertInvalid(SECRETARIAT.post(path + "/payments", payment("1.00", "EUR")), "amount.currency");
        assertInvalid(SECRETARIAT.post(path + "/payments", payment("-1.00", "USD")), "amount.value");
        assertInvalid(SECRETARIAT.post(path + "/payments", "{\"amount\": {\"value\": \"1.001\", \"currency\": \"USD\"}, \"receivedOn\": \"someday\", "
                + "\"method\": \"CHEQUE\"}"), "amount.value", "receivedOn");

        String rest = expected.subtract(part).toPlainString();
        assertThat(SECRETARIAT.post(path + "/payments", payment(rest, "USD")).status()).isEqualTo(201);
        JsonObject paid = SECRETARIAT.get(path).json();
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getJsonObject("balance").getString("value")).isEqualTo("0.00");
        assertThat(paid.getJsonArray("payments")).hasSize(2);

        long second = paid.getJsonArray("payments").getJsonObject(1).getJsonNumber("id").longValue();
        RegistryHttp.Answer reversed = SECRETARIAT.post("/api/v1/payments/" + second + "/reversal", "{\"reason\": \"Bounced.\"}");
        assertThat(reversed.json().getBoolean("reversed")).isTrue();
        assertThat(SECRETARIAT.get(path).json().getString("status")).isEqualTo("PARTIALLY_PAID");
        assertProblem(SECRETARIAT.post("/api/v1/payments/" + second + "/reversal", "{\"reason\": \"Again.\"}"), 409);

        JsonObject statement = SECRETARIAT.get("/api/v1/members/" + number + "/statement").json();
        assertThat(statement.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("kind"))
                .containsExactly("INVOICE", "PAYMENT", "PAYMENT", "REVERSAL");
        assertThat(new BigDecimal(statement.getJsonArray("balances").getJsonObject(0).getString("value"))).isEqualByComparingTo(rest);
        BigDecimal sum = statement.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> new BigDecimal(entry.getJsonObject("amount").getString("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("the entries add up to the balance").isEqualByComparingTo(rest);
    }

    @Test
    void waivingAndVoiding() {
        String path = "/api/v1/invoices/" + onlyInvoice(Members.admit()).getString("number");
        assertInvalid(SECRETARIAT.post(path + "/void", "{}"), "reason");
        assertThat(SECRETARIAT.post(path + "/void", "{\"reason\": \"Issued in error.\"}").json().getString("status")).isEqualTo("VOID");
        assertProblem(SECRETARIAT.post(path + "/waive", "{\"reason\": \"Too late.\"}"), 409);
        assertProblem(SECRETARIAT.post(path + "/payments", payment("1.00", "USD")), 409);

        String other = "/api/v1/invoices/" + onlyInvoice(Members.admit()).getString("number");
        SECRETARIAT.post(other + "/payments", payment("1.00", "USD"));
        JsonObject waived = SECRETARIAT.post(other + "/waive", "{\"reason\": \"Hardship.\"}").json();
        assertThat(waived.getString("status")).isEqualTo("WAIVED");
        assertThat(waived.getJsonObject("balance").getString("value")).isEqualTo("0.00");
    }

    @Test
    void aRepresentativeSeesOnlyItsOwnInvoicesAndStatement() {
        String own = Members.admit();
        String other = Members.admit();
        RegistryHttp representative = RegistryHttp.registry().as(Identities.newRepresentative(own));

        assertThat(representative.get("/api/v1/invoices/" + onlyInvoice(own).getString("number")).status()).isEqualTo(200);
        assertThat(representative.get("/api/v1/members/" + own + "/statement").status()).isEqualTo(200);
        assertProblem(representative.get("/api/v1/invoices/" + onlyInvoice(other).getString("number")), 404);
        assertProblem(representative.get("/api/v1/members/" + other + "/statement"), 403);
        assertProblem(representative.get("/api/v1/invoices?member=" + own), 403);
        assertProblem(representative.post("/api/v1/invoices/" + onlyInvoice(own).getString("number") + "/payments", payment("1.00", "USD")), 403);
    }

    @Test
    void aDuesRunForNextYearThenASecondOneThatIssuesNothingNew() throws InterruptedException {
        Members.admit();
        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        assertInvalid(SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + (year + 1) + "}"), "year");

        JsonObject first = finished(SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + year + "}"));
        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        JsonObject summary = first.getJsonObject("summary");
        assertThat(summary.getJsonNumber("issued").longValue() + summary.getJsonNumber("skipped").longValue())
                .isEqualTo(first.getJsonObject("progress").getJsonNumber("total").longValue());

        JsonObject second = finished(SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + year + "}"));
        assertThat(second.getJsonObject("summary").getJsonNumber("issued").longValue())
                .as(() -> "the second run issued an invoice; the last issued: " + SECRETARIAT.get("/api/v1/audit?entityType=invoice&limit=3").body()
                        + "; the first run: " + first)
                .isZero();
        assertProblem(SECRETARIAT.post("/api/v1/dues-runs/" + second.getJsonNumber("id") + "/resume", null), 409);

        JsonObject figures = SECRETARIAT.get("/api/v1/statistics/dues?year=" + year).json();
        BigDecimal issued = BigDecimal.ZERO;
        for (String path = "/api/v1/invoices?limit=200&year=" + year; path != null; ) {
            RegistryHttp.Answer page = SECRETARIAT.get(path);
            for (JsonObject invoice : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (!invoice.getString("status").equals("VOID") && invoice.getJsonObject("amount").getString("currency").equals("USD")) {
                    issued = issued.add(new BigDecimal(invoice.getJsonObject("amount").getString("value")));
                }
            }
            path = page.nextPath().orElse(null);
        }
        JsonObject usd = figures.getJsonArray("currencies").getValuesAs(JsonObject.class).stream()
                .filter(currency -> currency.getString("currency").equals("USD")).findFirst().orElseThrow();
        assertThat(new BigDecimal(usd.getJsonObject("issued").getString("value"))).isEqualByComparingTo(issued);
    }

    @Test
    void aRetriedDuesRunOrReversalWithItsIdempotencyKeyHappensOnce() throws InterruptedException {
        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        String runKey = java.util.UUID.randomUUID().toString();
        RegistryHttp.Answer started = SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + year + "}", "Idempotency-Key", runKey);
        RegistryHttp.Answer retried = SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + year + "}", "Idempotency-Key", runKey);

        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retried.header("Location")).isEqualTo(started.header("Location"));
        assertThat(finished(retried).getJsonNumber("id")).isEqualTo(started.json().getJsonNumber("id"));
        assertProblem(SECRETARIAT.post("/api/v1/dues-runs", "{\"year\": " + (year - 1) + "}", "Idempotency-Key", runKey), 422);

        String number = Members.admit();
        String path = "/api/v1/invoices/" + onlyInvoice(number).getString("number");
        long payment = SECRETARIAT.post(path + "/payments", payment("1.00", "USD")).json().getJsonNumber("id").longValue();
        String reversalKey = java.util.UUID.randomUUID().toString();
        RegistryHttp.Answer reversed = SECRETARIAT.post("/api/v1/payments/" + payment + "/reversal", "{\"reason\": \"Bounced.\"}", "Idempotency-Key", reversalKey);
        RegistryHttp.Answer again = SECRETARIAT.post("/api/v1/payments/" + payment + "/reversal", "{\"reason\": \"Bounced.\"}", "Idempotency-Key", reversalKey);

        assertThat(reversed.status()).isEqualTo(200);
        assertThat(again.status()).as("the first answer, not a 409 for a second reversal").isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.json()).isEqualTo(reversed.json());
    }

    private static JsonObject finished(RegistryHttp.Answer started) throws InterruptedException {
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String location = started.header("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject run = SECRETARIAT.get(path).json();
        while (run.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            run = SECRETARIAT.get(path).json();
        }
        return run;
    }

    private static JsonObject onlyInvoice(String memberNumber) {
        List<JsonObject> invoices = SECRETARIAT.get("/api/v1/invoices?member=" + memberNumber).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(invoices).as("invoices of %s", memberNumber).hasSize(1);
        return invoices.get(0);
    }

    private static String payment(String value, String currency) {
        return "{\"amount\": {\"value\": \"" + value + "\", \"currency\": \"" + currency + "\"}, \"receivedOn\": \""
                + LocalDate.now(ZoneOffset.UTC) + "\", \"method\": \"BANK_TRANSFER\", \"reference\": \"TEST\"}";
    }
}
