package org.wic.registry.it.console;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The application queue in the console: from an application submitted through the API to the member it becomes. */
class ApplicationsConsoleIT {

    private static final Pattern ADMITTED = Pattern.compile("Approved: member (WIC-\\d{6}) admitted\\.");

    @Test
    void anApplicationIsReviewedAndApprovedInTheConsoleAndItsMemberIsInMembers() {
        String name = Identities.unique("Console Networks");
        JsonObject submitted = Applicants.submit(Applicants.form(name).build());
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.clickLink("Applications");
            browser.waitForText("Submitted");
            browser.screenshot("applications");
            browser.assertAccessible();

            browser.open("applications/view?id=" + submitted.getJsonNumber("id"));
            assertThat(browser.heading()).isEqualTo(name);
            assertThat(browser.driver().findElements(By.id("actions:approve"))).as("no approval before the review").isEmpty();
            browser.clickButton("Start review");
            browser.waitForText("Review started.");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Under review");
            browser.assertAccessible();

            browser.choose("actions:tier", "Full Member");
            browser.clickButton("Approve");
            browser.waitForText("admitted.");
            Matcher admitted = ADMITTED.matcher(browser.text());
            assertThat(admitted.find()).as(browser.text()).isTrue();
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Approved");
            assertThat(browser.driver().findElements(By.id("actions:approve"))).as("nothing left to do").isEmpty();
            browser.screenshot("application-approved");

            browser.open("members/index");
            browser.field("Name contains").sendKeys(name);
            browser.clickButton("Apply");
            browser.waitFor(By.xpath("//a[normalize-space()='" + admitted.group(1) + "']"));
            browser.click(By.xpath("//a[normalize-space()='" + admitted.group(1) + "']"));
            browser.waitForText("Profile");
            assertThat(browser.heading()).isEqualTo(admitted.group(1) + " · " + name);
        }
    }

    @Test
    void aRequestForInformationIsAnsweredByTheApplicantAndShownToTheOfficer() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.open("applications/view?id=" + id);
            browser.clickButton("Start review");
            browser.waitForText("Review started.");

            browser.clickButton("Request information");
            browser.waitForText("is required");
            assertThat(browser.driver().findElement(By.id("status")).getText()).as("refused without a message").isEqualTo("Under review");

            browser.field("Message to the applicant").sendKeys("Please send your statutes.");
            browser.clickButton("Request information");
            browser.waitForText("Information requested from the applicant.");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Information requested");

            RegistryHttp.Answer answered = RegistryHttp.registry().post("/api/v1/applications/" + id + "/provide-information",
                    "{\"response\": \"Our statutes are attached to our e-mail.\"}", Applicants.token(submitted));
            assertThat(answered.status()).as("%s", answered).isEqualTo(200);

            browser.open("applications/view?id=" + id);
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Under review");
            assertThat(browser.text()).contains("Please send your statutes.", "Our statutes are attached to our e-mail.");
        }
    }

    @Test
    void twoOfficersApproveTheSameApplicationAndTheSecondIsToldSomeoneActedFirst() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();
        assertThat(RegistryHttp.registry().as(Identities.admin()).post("/api/v1/applications/" + id + "/start-review", "").status()).isEqualTo(200);
        try (var first = new Browser(); var second = new Browser()) {
            first.signedIn(Identities.admin());
            second.signedIn(Identities.newAccount("SECRETARIAT"));
            first.open("applications/view?id=" + id);
            second.open("applications/view?id=" + id);

            first.clickButton("Approve");
            first.waitForText("admitted.");
            second.clickButton("Approve");

            second.waitForText("Someone else acted first");
            assertThat(second.driver().findElement(By.id("status")).getText()).as("the fresh state").isEqualTo("Approved");
            assertThat(second.driver().findElements(By.id("actions:approve"))).isEmpty();
            second.screenshot("application-acted-first");
            assertThat(RegistryHttp.registry().as(Identities.admin()).get("/api/v1/members?q=" + java.net.URLEncoder.encode(
                    submitted.getString("legalName"), java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items")).as("one member").hasSize(1);
        }
    }
}
