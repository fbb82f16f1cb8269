package org.wic.registry.it.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.console.Browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages behind the e-mail's links, in Chromium: the invitation's link opens a page that sets the
 * password and signs the new representative in to the portal, where the invoice is a PDF to
 * download; "Forgot your password?" mails a reset link; the secretariat reads the outbox in the console.
 */
class AccountLinkPagesIT {

    @Test
    void theInvitationLinkSetsThePasswordAndOpensThePortalAndTheSecretariatSeesTheMessages() throws Exception {
        try (Mailbox mailbox = Mailbox.open(); var browser = new Browser()) {
            JsonObject form = Applicants.form(Identities.unique("Invited Networks")).build();
            String email = form.getJsonObject("contact").getString("email");
            String member = Members.admit(Json.createObjectBuilder(form), "FULL");
            Mailbox.Mail invitation = mailbox.await(email, "Your account for the WIC member portal");
            String link = invitation.links().stream().filter(found -> found.contains("/account/set-password/")).findFirst().orElseThrow();
            Mailbox.Mail invoiceMail = mailbox.await(email, "Invoice");
            String invoice = NotificationMailIT.invoiceNumberIn(invoiceMail.subject());
            lookAt(browser, invoiceMail, "mail-invoice");
            invoiceMail.attachments().get(0).firstPageAsPng(java.nio.file.Path.of("target", "screenshots", "invoice-pdf.png"));
            lookAt(browser, chineseInvitation(mailbox), "mail-invitation-zh");

            browser.driver().get(link);
            browser.waitForText("Choose your password");
            browser.assertAccessible();
            String password = Identities.newPassword();
            browser.field("New password").sendKeys(password);
            browser.field("The same password again").sendKeys(password + "x");
            browser.click(By.id("form:save"));
            browser.waitForText("The two passwords differ.");
            browser.field("New password").sendKeys(password); // password fields come back empty, as everywhere
            browser.field("The same password again").sendKeys(password);
            browser.screenshot("account-set-password");
            browser.click(By.id("form:save"));
            browser.waitForText("My organization");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/portal/");
            assertThat(browser.textOf("#number")).isEqualTo(member);

            browser.clickLink("Invoices");
            browser.waitForText("Statement");
            String pdfLink = browser.driver().findElement(By.xpath("//a[contains(@href, '" + invoice + ".pdf')]")).getAttribute("href");
            HttpResponse<byte[]> pdf = get(pdfLink, browser);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new Mailbox.Attachment(invoice + ".pdf", "application/pdf", pdf.body()).pdfText()).contains(invoice).contains(member);
            HttpResponse<byte[]> otherMembers = get(pdfLink.replace(invoice, otherMembersInvoice()), browser);
            assertThat(otherMembers.statusCode()).as("another member's invoice").isEqualTo(404);

            browser.driver().manage().deleteAllCookies();
            browser.open("");
            browser.clickLink("Forgot your password?");
            browser.waitForText("Give the e-mail address of your account");
            browser.assertAccessible();
            browser.field("E-mail address").sendKeys(email);
            browser.click(By.id("form:send"));
            browser.waitForText("If an account has this address");
            assertThat(mailbox.await(email, "Reset your password").links()).anyMatch(found -> found.contains("/account/set-password/"));

            browser.open("").signIn(Identities.admin());
            browser.waitForText("Applications waiting");
            browser.open("notifications/index");
            browser.field("Recipient").sendKeys(email);
            browser.click(By.id("outbox:search"));
            browser.waitUntil("the outbox shows the recipient's messages", () -> browser.text().contains("Invitation") && browser.text().contains("Password reset"));
            assertThat(browser.text()).contains("Application received").contains("Application approved").contains("Invoice issued");
            browser.click(By.xpath("//tr[td[normalize-space()='Invitation']]//a[normalize-space()='Show']"));
            browser.waitFor(By.id("subject"));
            assertThat(browser.textOf("#subject")).isEqualTo("Your account for the WIC member portal");
            assertThat(browser.textOf("#text")).contains("/account/set-password/••••••••").doesNotContain(link);
            browser.screenshot("console-notifications");
        }
    }

    /** A message's HTML as a mail client shows it: opened in the browser, a screenshot taken. */
    private static void lookAt(Browser browser, Mailbox.Mail mail, String name) {
        browser.driver().get(mail.saveHtml(name).toUri().toString());
        browser.screenshot(name);
    }

    private static Mailbox.Mail chineseInvitation(Mailbox mailbox) {
        JsonObject form = Applicants.form("杭州智联网络科技有限公司" + Identities.unique("")).add("language", "zh")
                .add("contact", Json.createObjectBuilder().add("name", "李华").add("email", Identities.unique("li.hua") + "@hz-networks.example")).build();
        Members.admit(Json.createObjectBuilder(form), "FULL");
        String email = form.getJsonObject("contact").getString("email");
        Mailbox.Attachment invoice = mailbox.await(email, "年度会费").attachments().get(0);
        invoice.firstPageAsPng(java.nio.file.Path.of("target", "screenshots", "invoice-pdf-zh.png"));
        assertThat(invoice.pdfText()).contains("发票").contains("杭州智联网络科技有限公司").contains("应付余额");
        return mailbox.await(email, "会员门户账户");
    }

    /** An invoice of another member, which this representative must not get. */
    private static String otherMembersInvoice() {
        RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());
        String other = Members.shared();
        return secretariat.get("/api/v1/members/" + other + "/statement").json().getJsonArray("entries").getJsonObject(0).getString("invoiceNumber");
    }

    private static HttpResponse<byte[]> get(String url, Browser browser) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(Cookie::toString).map(cookie -> cookie.split(";")[0])
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
