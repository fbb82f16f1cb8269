package org.wic.registry.it.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the console and out of it, as an officer meets it in a browser; and what an attacker meets. */
class ConsoleSignInIT {

    @Test
    void anOfficerSignsInLandsOnTheDashboardAndSignsOut() {
        Credentials officer = Identities.newAccount("SECRETARIAT");
        try (var browser = new Browser()) {
            browser.open("");
            assertThat(browser.heading()).isEqualTo("WIC Membership Registry");
            browser.screenshot("sign-in");
            browser.assertAccessible();
            String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            browser.field("Username").sendKeys(officer.name());
            browser.field("Password").sendKeys(officer.password());
            browser.clickButton("Sign in");

            browser.waitForText("Applications waiting");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/dashboard");
            assertThat(browser.heading()).isEqualTo("Dashboard");
            assertThat(browser.text()).contains(officer.name());
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).as("a new session id at sign-in").isNotEqualTo(before);

            browser.clickButton("Sign out");
            browser.waitFor(By.id("signIn:username"));
            browser.open("dashboard");
            assertThat(browser.driver().getCurrentUrl()).as("signed out: back to the sign-in page").endsWith("/console/");
        }
    }

    @Test
    void theSignInAndTheNavigationWorkWithTheKeyboardAlone() {
        Credentials officer = Identities.newAccount("SECRETARIAT");
        try (var browser = new Browser()) {
            browser.open("");
            var page = new org.openqa.selenium.interactions.Actions(browser.driver());
            browser.field("Username").click();
            page.sendKeys(officer.name()).sendKeys(org.openqa.selenium.Keys.TAB).sendKeys(officer.password())
                    .sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            browser.waitForText("Applications waiting");

            // the first Tab reaches the skip link, the next two the navigation's Dashboard and Applications
            page.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to the content");
            page.sendKeys(org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.ENTER).perform();
            browser.waitForText("Submitted from");
            assertThat(browser.heading()).isEqualTo("Applications");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessageAndTheFifthFailureIsThrottled() {
        Credentials officer = Identities.newAccount("SECRETARIAT");
        try (var browser = new Browser()) {
            browser.open("");
            browser.signIn(Identities.unique("nobody"), "not-a-password-at-all");
            browser.waitForText("The username or password is wrong.");
            for (int failure = 1; failure <= 4; failure++) {
                browser.signIn(officer.name(), "wrong-password-" + failure);
                browser.waitForText("The username or password is wrong.");
            }
            browser.signIn(officer.name(), "wrong-password-5");
            browser.waitForText("it is throttled");
            assertThat(browser.text()).containsPattern("Try again in \\d+ min \\(after \\d{2}:\\d{2}:\\d{2}\\)");
            browser.screenshot("sign-in-throttled");

            browser.signIn(officer);
            browser.waitForText("it is throttled");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/");
        }
    }

    @Test
    void aPageOfTheConsoleOpenedWithoutASessionComesBackAfterTheSignIn() {
        try (var browser = new Browser()) {
            browser.open("members/index?status=SUSPENDED");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/");

            browser.signIn(Identities.admin());

            browser.waitForText("Legal name");
            assertThat(browser.driver().getCurrentUrl()).matches(".*/console/members/(index)?\\?status=SUSPENDED");
            assertThat(browser.driver().findElement(org.openqa.selenium.By.id("directory:status_label")).getText()).isEqualTo("Suspended");
        }
    }

    @Test
    void aFormPostedAfterTheSessionEndedGoesToTheSignInPageAndThenBackToItsPage() {
        String number = org.wic.registry.it.Members.admit();
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.open("members/view?number=" + number);
            browser.waitForText("Profile");
            browser.driver().manage().deleteCookieNamed("JSESSIONID"); // as if the session had timed out

            browser.click(By.id("profile:save"));

            browser.waitForText("Your session has ended");
            browser.signIn(Identities.admin());
            browser.waitForText("Profile");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/members/view?number=" + number);
        }
    }

    @Test
    void aRepresentativeLandsInTheMembersPortalAndCannotOpenTheConsole() {
        Credentials representative = Identities.newAccount("MEMBER");
        try (var browser = new Browser()) {
            browser.open("").signIn(representative);
            browser.waitForText("My organization");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/portal/");
            assertThat(browser.text()).doesNotContain("Applications").doesNotContain("Audit");

            browser.open("applications/index");
            assertThat(browser.text()).contains("Not for this account");
        }
    }

    @Test
    void theLanguageSwitchShowsChineseOnEveryPageUntilEnglishIsChosen() {
        try (var browser = new Browser()) {
            browser.open("");
            browser.clickLink("中文");
            browser.waitForText("用户名");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
            browser.signIn(Identities.admin().name(), Identities.admin().password()); // the labels are Chinese now: by id
            browser.waitForText("概览");
            assertThat(browser.text()).contains("待处理申请", "会员", "会费");
            assertThat(browser.driver().findElement(By.id("session:signOut")).getAttribute("value")).isEqualTo("退出登录");
            browser.screenshot("dashboard-zh");
            browser.assertAccessible();

            browser.open("members/index");
            assertThat(browser.text()).as("remembered on the next page").contains("法定名称");

            browser.clickLink("English");
            browser.waitForText("Legal name");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.CONSOLE)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithTheOfficersSessionAndViewState() throws IOException, InterruptedException {
        Credentials officer = Identities.newAccount("SECRETARIAT");
        try (var browser = new Browser()) {
            browser.signedIn(officer);
            browser.open("settings/index");
            String viewState = browser.driver().findElement(By.cssSelector("#password input[name='jakarta.faces.ViewState']")).getAttribute("value");
            String action = browser.driver().findElement(By.id("password")).getAttribute("action");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            String form = "password=password&password%3Acurrent=" + URLEncoder.encode(officer.password(), StandardCharsets.UTF_8)
                    + "&password%3Anew=Hijacked-Password-123&password%3Achange=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);

            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session.getValue())
                    .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(RegistryHttp.registry().as(officer).get("/api/v1/me").status()).as("the password is unchanged").isEqualTo(200);
        }
    }
}
