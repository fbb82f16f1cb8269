package org.wic.registry.it.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the registry writes to people, as GreenMail receives it over SMTP: the applicant's messages in
 * their language, the invitation whose link sets a password, the invoice and receipt with their
 * PDFs, password resets; and the outbox as the secretariat reads it.
 */
class NotificationMailIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final Pattern SET_PASSWORD_LINK = Pattern.compile("http://localhost:\\d+/account/set-password/([A-Za-z0-9_-]{43})");
    private static final Pattern INVOICE_NUMBER = Pattern.compile("\\b\\d{4}-\\d{6,}\\b");
    private static Mailbox mailbox;

    @BeforeAll
    static void openMailbox() {
        mailbox = Mailbox.open();
    }

    @AfterAll
    static void closeMailbox() {
        mailbox.close();
    }

    @Test
    void anApplicantIsWrittenToInChineseAndTheInvitationLinkSetsThePasswordOnce() {
        JsonObject form = Applicants.form(Identities.unique("Hangzhou Networks")).add("language", "zh").build();
        String email = form.getJsonObject("contact").getString("email");
        JsonObject submitted = Applicants.submit(form);
        String token = submitted.getString("trackingToken");
        int id = submitted.getInt("id");

        Mailbox.Mail received = mailbox.await(email, "我们已收到您的申请");
        assertThat(received.language()).isEqualTo("zh");
        assertThat(received.subject()).contains(String.valueOf(id));
        assertThat(received.text()).contains("查询令牌: " + token).contains("申请编号: " + id);
        assertThat(received.html()).contains("lang=\"zh\"").contains(token);
        assertThat(received.links()).contains("http://localhost:" + RegistryHttp.BASE.getPort() + "/track");
        assertThat(received.links()).as("the token is never in a link").noneMatch(link -> link.contains(token));

        String path = "/api/v1/applications/" + id;
        assertThat(SECRETARIAT.post(path + "/start-review", null).status()).isEqualTo(200);
        RegistryHttp.Answer approved = SECRETARIAT.post(path + "/approve", "{\"tier\": \"FULL\"}");
        assertThat(approved.status()).as("approving: %s", approved).isEqualTo(200);
        String member = approved.json().getString("memberNumber");

        assertThat(mailbox.await(email, "欢迎加入世界互联网大会").text()).contains("会员编号: " + member);
        Mailbox.Mail invitation = mailbox.await(email, "会员门户账户");
        Matcher link = SET_PASSWORD_LINK.matcher(invitation.text());
        assertThat(link.find()).as("the invitation's link in %s", invitation.text()).isTrue();
        String password = Identities.newPassword();

        RegistryHttp anonymous = RegistryHttp.registry();
        assertThat(anonymous.post("/api/v1/password-resets/" + link.group(1), "{\"newPassword\": \"" + password + "\"}").status()).isEqualTo(204);
        JsonObject me = anonymous.as(Credentials.basic(email, password)).get("/api/v1/me").json();
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("MEMBER");
        assertThat(me.getString("memberNumber")).isEqualTo(member);

        RegistryHttp.Answer again = anonymous.post("/api/v1/password-resets/" + link.group(1), "{\"newPassword\": \"" + Identities.newPassword() + "\"}");
        assertThat(again.status()).as("a used link: %s", again).isEqualTo(400);
        assertThat(again.body()).contains("token").contains("used");
        assertThat(anonymous.as(Credentials.basic(email, password)).get("/api/v1/me").status()).as("the password chosen stays").isEqualTo(200);

        Mailbox.Mail invoice = mailbox.await(email, "会费");
        assertThat(invoice.attachments()).hasSize(1);
        String number = invoiceNumberIn(invoice.subject());
        JsonObject issued = SECRETARIAT.get("/api/v1/invoices/" + number).json();
        assertThat(invoice.attachments().get(0).fileName()).isEqualTo(number + ".pdf");
        assertThat(invoice.attachments().get(0).pdfText()).contains(number).contains(issued.getJsonObject("amount").getString("value"))
                .contains(form.getString("legalName")).contains("发票");
    }

    @Test
    void anInvoiceComesWithItsPdfAPaymentWithItsReceiptAndTheDocumentsAreTheMembersOnly() throws Exception {
        JsonObject form = Applicants.form(Identities.unique("Receipt Networks")).build();
        String email = form.getJsonObject("contact").getString("email");
        String member = Members.admit(Json.createObjectBuilder(form), "FULL");

        Mailbox.Mail invoiceMail = mailbox.await(email, "Invoice");
        assertThat(invoiceMail.language()).isEqualTo("en");
        String number = invoiceNumberIn(invoiceMail.subject());
        JsonObject invoice = SECRETARIAT.get("/api/v1/invoices/" + number).json();
        String amount = invoice.getJsonObject("amount").getString("value");
        assertThat(invoiceMail.text()).contains("Invoice number: " + number).contains("Member number: " + member)
                .contains("/console/portal/invoices");
        String pdfText = invoiceMail.attachments().get(0).pdfText();
        assertThat(pdfText).contains("Invoice").contains(number).contains(member).contains(amount).contains("Balance due");

        RegistryHttp.Answer paid = SECRETARIAT.post("/api/v1/invoices/" + number + "/payments",
                "{\"amount\": {\"value\": \"100.00\", \"currency\": \"" + invoice.getJsonObject("amount").getString("currency")
                        + "\"}, \"receivedOn\": \"" + invoice.getString("issuedOn") + "\", \"method\": \"BANK_TRANSFER\", \"reference\": \"RCPT-1\"}");
        assertThat(paid.status()).as("paying: %s", paid).isEqualTo(201);
        long payment = paid.json().getJsonNumber("id").longValue();
        Mailbox.Mail receipt = mailbox.await(email, "Receipt: payment for invoice " + number);
        assertThat(receipt.attachments()).singleElement().satisfies(file -> {
            assertThat(file.contentType()).startsWith("application/pdf");
            assertThat(file.pdfText()).contains("Receipt").contains(number).contains("100.00").contains("RCPT-1");
        });

        HttpResponse<byte[]> pdf = download("/api/v1/invoices/" + number + ".pdf", Identities.admin());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new Mailbox.Attachment(number + ".pdf", "application/pdf", pdf.body()).pdfText()).contains(number).contains("100.00");
        assertThat(download("/api/v1/payments/" + payment + "/receipt.pdf", Identities.admin()).statusCode()).isEqualTo(200);
        Credentials representative = Identities.newRepresentative(member);
        assertThat(download("/api/v1/invoices/" + number + ".pdf", representative).statusCode()).isEqualTo(200);
        assertThat(download("/api/v1/payments/" + payment + "/receipt.pdf", representative).statusCode()).isEqualTo(200);
        Credentials stranger = Identities.newRepresentative(Members.shared());
        assertThat(download("/api/v1/invoices/" + number + ".pdf", stranger).statusCode()).as("another member's representative").isEqualTo(404);
        assertThat(download("/api/v1/payments/" + payment + "/receipt.pdf", stranger).statusCode()).isEqualTo(404);
        assertThat(download("/api/v1/invoices/" + number + ".pdf", null).statusCode()).as("anonymous").isEqualTo(401);
    }

    @Test
    void aPasswordResetRevealsNothingAndASuccessfulOneLiftsTheThrottle() {
        String member = Members.shared();
        String username = Identities.unique("reset");
        String email = username + "@reset.example";
        String password = Identities.newPassword();
        assertThat(SECRETARIAT.post("/api/v1/users", "{\"username\": \"" + username + "\", \"role\": \"MEMBER\", \"password\": \"" + password
                + "\", \"memberNumber\": \"" + member + "\", \"email\": \"" + email + "\"}").status()).isEqualTo(201);
        RegistryHttp anonymous = RegistryHttp.registry();
        String nobody = Identities.unique("nobody") + "@reset.example";

        RegistryHttp.Answer unknown = anonymous.post("/api/v1/password-resets", "{\"email\": \"" + nobody + "\"}");
        RegistryHttp.Answer known = anonymous.post("/api/v1/password-resets", "{\"email\": \"" + email.toUpperCase() + "\"}");
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());

        RegistryHttp wrong = anonymous.as(Credentials.basic(username, "not-the-password-at-all"));
        int throttled = 0;
        for (int i = 0; i < 6; i++) {
            throttled = wrong.get("/api/v1/me").status();
        }
        assertThat(throttled).as("guessing locks the username out from here").isEqualTo(429);
        assertThat(anonymous.as(Credentials.basic(username, password)).get("/api/v1/me").status()).isEqualTo(429);

        Mailbox.Mail reset = mailbox.await(email, "Reset your password");
        assertThat(anonymous.post("/api/v1/password-resets", "{\"email\": \"" + email + "\"}").status()).as("asked again").isEqualTo(202);
        assertThat(SECRETARIAT.get("/api/v1/notifications?kind=PASSWORD_RESET&recipient=" + email).json().getJsonArray("items"))
                .as("one reset mail in five minutes, however often it is asked for").hasSize(1);
        assertThat(reset.text()).contains("Username: " + username);
        Matcher link = SET_PASSWORD_LINK.matcher(reset.text());
        assertThat(link.find()).isTrue();
        String chosen = Identities.newPassword();
        assertThat(anonymous.post("/api/v1/password-resets/" + link.group(1), "{\"newPassword\": \"" + chosen + "\"}").status()).isEqualTo(204);
        assertThat(anonymous.as(Credentials.basic(username, chosen)).get("/api/v1/me").status()).as("the throttle is lifted").isEqualTo(200);
        assertThat(anonymous.as(Credentials.basic(username, password)).get("/api/v1/me").status()).as("the old password is gone").isEqualTo(401);
        assertThat(anonymous.post("/api/v1/password-resets/" + "x".repeat(43), "{\"newPassword\": \"" + chosen + "\"}").status())
                .as("an unknown link").isEqualTo(400);
        assertThat(SECRETARIAT.get("/api/v1/notifications?recipient=" + nobody).json().getJsonArray("items"))
                .as("nothing is sent to an address without an account").isEmpty();
    }

    @Test
    void theSecretariatReadsTheOutboxWithEachMessageAndCannotResendOneThatWasSent() {
        JsonObject form = Applicants.form(Identities.unique("Outbox Networks")).build();
        String email = form.getJsonObject("contact").getString("email");
        JsonObject submitted = Applicants.submit(form);
        mailbox.await(email, "We received your application");

        RegistryHttp.Answer listed = SECRETARIAT.get("/api/v1/notifications?recipient=" + email.toUpperCase() + "&kind=APPLICATION_RECEIVED&status=SENT");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().getJsonArray("items")).hasSize(1);
        JsonObject item = listed.json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("recipient")).isEqualTo(email);
        assertThat(item.getJsonNumber("applicationId").intValue()).isEqualTo(submitted.getInt("id"));
        assertThat(item.containsKey("message")).as("a list shows no message bodies").isFalse();

        JsonObject one = SECRETARIAT.get("/api/v1/notifications/" + item.getJsonNumber("id")).json();
        assertThat(one.getJsonObject("message").getString("subject")).contains(String.valueOf(submitted.getInt("id")));
        assertThat(one.getJsonObject("message").getString("text")).contains("Tracking token: ••••••••")
                .doesNotContain(submitted.getString("trackingToken"));
        RegistryHttp.Answer resend = SECRETARIAT.post("/api/v1/notifications/" + item.getJsonNumber("id") + "/resend", null);
        assertThat(resend.status()).as("a SENT message: %s", resend).isEqualTo(409);

        assertThat(SECRETARIAT.get("/api/v1/notifications?kind=POSTCARD").status()).isEqualTo(400);
        assertThat(RegistryHttp.registry().as(Identities.newRepresentative(Members.shared())).get("/api/v1/notifications").status()).isEqualTo(403);
        assertThat(RegistryHttp.registry().get("/api/v1/notifications").status()).isEqualTo(401);
    }

    static String invoiceNumberIn(String text) {
        Matcher number = INVOICE_NUMBER.matcher(text);
        assertThat(number.find()).as("an invoice number in %s", text).isTrue();
        return number.group();
    }

    private static HttpResponse<byte[]> download(String path, Credentials credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryHttp.BASE.resolve(URI.create(path)));
        if (credentials != null) {
            request.header(credentials.header(), credentials.value());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
