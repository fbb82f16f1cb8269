package org.wic.registry.it.site;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.console.Browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Applying through /apply and following the application through /track, as an applicant does. */
class ApplyAndTrackIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void anApplicationWithErrorsIsCorrectedSubmittedOnceAndTrackedWithItsToken() {
        String legalName = Identities.unique("Lake Victoria Networks");
        try (var browser = new Browser()) {
            browser.openSite("/apply");
            browser.waitForText("Apply for membership");
            browser.assertAccessible();

            browser.field("Legal name").sendKeys("x");
            browser.field("E-mail").sendKeys("not-an-address");
            browser.clickButton("Submit the application");
            browser.waitFor(By.cssSelector("#apply .ui-message-error"));
            for (String field : List.of("legalName", "category", "country", "requestedTier", "contactName", "contactEmail", "motivation")) {
                assertThat(browser.driver().findElements(By.cssSelector("[id='apply:" + field + "'] ~ .ui-message-error, .field:has([id='apply:"
                        + field + "']) .ui-message-error"))).as("an error beside " + field).isNotEmpty();
            }
            assertThat(SECRETARIAT.get("/api/v1/applications?q=" + legalName.replace(" ", "%20")).json().getJsonArray("items")).isEmpty();
            browser.screenshot("apply-errors");

            browser.field("Legal name").clear();
            browser.field("Legal name").sendKeys(legalName);
            browser.choose("apply:category", "Enterprise");
            browser.chooseStartingWith("apply:requestedTier", "Full Member");
            assertThat(browser.textOf("#apply\\:requestedTier_label")).as("the tier with its dues").containsPattern("Full Member · USD [\\d,]+\\.\\d\\d");
            browser.choose("apply:country", "Kenya");
            browser.field("Website").sendKeys("https://lake-victoria.example");
            browser.field("E-mail").clear();
            browser.field("E-mail").sendKeys(Identities.unique("otieno") + "@lake-victoria.example");
            browser.field("Name").sendKeys("Otieno Odhiambo");
            browser.field("Motivation").sendKeys("We connect fishing communities around the lake.");

            // two submissions of the same form at once (a double click, a reload): one application, one token
            List<String> answers = submitTwiceAtOnce(browser);
            assertThat(answers).hasSize(2).allSatisfy(answer -> assertThat(answer).contains("Your application has been received"));
            assertThat(tokenIn(answers.get(0))).as("the same token in both answers").isEqualTo(tokenIn(answers.get(1)));
            assertThat(SECRETARIAT.get("/api/v1/applications?q=" + legalName.replace(" ", "%20")).json().getJsonArray("items")).hasSize(1);

            browser.openSite("/apply");
            browser.field("Legal name").sendKeys(legalName + " second");
            browser.choose("apply:category", "Enterprise");
            browser.chooseStartingWith("apply:requestedTier", "Full Member");
            browser.choose("apply:country", "Kenya");
            browser.field("Name").sendKeys("Otieno Odhiambo");
            browser.field("E-mail").sendKeys(Identities.unique("otieno") + "@lake-victoria.example");
            browser.field("Motivation").sendKeys("A second organization of ours.");
            browser.clickButton("Submit the application");
            browser.waitForText("Your application has been received");
            browser.screenshot("apply-received");
            browser.assertAccessible();
            String number = browser.textOf("#applicationNumber");
            String token = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.getElementById('token').value;");
            assertThat(browser.text()).contains("shown only this once");
            assertThat(RegistryHttp.registry().get("/api/v1/applications/" + number, "X-Tracking-Token", token).json().getString("legalName"))
                    .isEqualTo(legalName + " second");

            browser.clickLink("Track this application");
            browser.field("Tracking token").sendKeys(token);
            browser.clickButton("Show the application");
            browser.waitForText("Submitted");
            assertThat(browser.textOf("#applicationStatus")).isEqualTo("Submitted");
        }
    }

    @Test
    void theApplicantAnswersTheSecretariatsQuestionWithoutSeeingWhoAsked() {
        JsonObject submitted = Applicants.submit();
        String path = "/api/v1/applications/" + submitted.getInt("id");
        assertThat(SECRETARIAT.post(path + "/start-review", null).status()).isEqualTo(200);
        assertThat(SECRETARIAT.post(path + "/request-information", "{\"message\": \"Which communities do you serve?\"}").status()).isEqualTo(200);

        try (var browser = open(submitted)) {
            assertThat(browser.textOf("#applicationStatus")).isEqualTo("Information requested");
            assertThat(browser.textOf("#question")).isEqualTo("Which communities do you serve?");
            assertThat(browser.textOf("#history")).as("no officer's name").doesNotContain(Identities.admin().name());
            browser.assertAccessible();
            browser.screenshot("track-question");

            browser.clickButton("Send the answer");
            browser.waitFor(By.cssSelector("#answer .ui-message-error"));
            browser.field("Your answer").sendKeys("Fishing villages around Lake Victoria.");
            browser.clickButton("Send the answer");
            browser.waitForText("Your answer has been sent to the secretariat.");
            assertThat(browser.textOf("#applicationStatus")).isEqualTo("Under review");
        }
        JsonObject application = SECRETARIAT.get(path).json();
        assertThat(application.getString("status")).isEqualTo("UNDER_REVIEW");
        assertThat(application.getString("informationResponse")).isEqualTo("Fishing villages around Lake Victoria.");
    }

    @Test
    void anApplicationIsWithdrawnAfterAConfirmation() {
        JsonObject submitted = Applicants.submit();
        try (var browser = open(submitted)) {
            browser.field("Reason").sendKeys("We joined another body");
            browser.clickButton("Withdraw");
            browser.waitForText("This cannot be undone.");
            browser.click(By.id("withdraw:confirmNo"));
            assertThat(browser.textOf("#applicationStatus")).as("not without a yes").isEqualTo("Submitted");
            browser.clickButton("Withdraw");
            browser.click(By.id("withdraw:confirmYes"));
            browser.waitForText("The application has been withdrawn.");
            assertThat(browser.textOf("#applicationStatus")).isEqualTo("Withdrawn");
        }
        assertThat(SECRETARIAT.get("/api/v1/applications/" + submitted.getInt("id")).json().getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aWrongTokenShowsNothing() {
        JsonObject submitted = Applicants.submit();
        try (var browser = new Browser()) {
            browser.openSite("/track?number=" + submitted.getInt("id"));
            browser.field("Tracking token").sendKeys("not-the-token-of-this-application");
            browser.clickButton("Show the application");
            browser.waitForText("No application has this number and tracking token.");
            assertThat(browser.text()).doesNotContain(submitted.getString("legalName"));
        }
    }

    private static Browser open(JsonObject submitted) {
        var browser = new Browser();
        browser.openSite("/track?number=" + submitted.getInt("id"));
        browser.field("Tracking token").sendKeys(submitted.getString("trackingToken"));
        browser.clickButton("Show the application");
        browser.waitForText(submitted.getString("legalName"));
        return browser;
    }

    /** Posts the form as it is, twice, without waiting for the first answer; the two answers' pages. */
    @SuppressWarnings("unchecked")
    private static List<String> submitTwiceAtOnce(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('apply');
                const body = new URLSearchParams(new FormData(form));
                body.append('apply:submit', '');
                const post = () => fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'}).then(answer => answer.text());
                Promise.all([post(), post()]).then(done, error => done([String(error)]));
                """);
    }

    private static String tokenIn(String page) {
        Matcher token = Pattern.compile("id=\"token\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*id=\"token\"").matcher(page);
        assertThat(token.find()).as("a token in the answer").isTrue();
        return token.group(1) != null ? token.group(1) : token.group(2);
    }
}
