package org.wic.registry.it.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the console: it opens, names itself, passes axe-core in both languages, and fits a 1024 px window. */
class ConsolePagesIT {

    @Test
    void everyPageOpensPassesAxeCoreInBothLanguagesAndFitsA1024PixelWindow() {
        String member = Members.admit();
        String invoice = RegistryHttp.registry().as(Identities.admin()).get("/api/v1/invoices?member=" + member).json().getJsonArray("items")
                .getJsonObject(0).getString("number");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "Dashboard");
        pages.put("applications/index", "Applications");
        pages.put("members/index", "Members");
        pages.put("members/view?number=" + member, member);
        pages.put("dues/index", "Dues");
        pages.put("dues/invoices", "Invoices");
        pages.put("dues/invoice?number=" + invoice, "Invoice " + invoice);
        pages.put("partners/index", "Partners");
        pages.put("data/index", "Data");
        pages.put("notifications/index", "Notifications");
        pages.put("audit/index", "Audit");
        pages.put("settings/index", "Settings");
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            pages.forEach((path, title) -> {
                browser.open(path);
                assertThat(browser.heading()).as(path).startsWith(title);
                assertThat(browser.text()).as(path).doesNotContain("Exception", "Something went wrong");
                browser.screenshot("page-" + path.replaceAll("[/?=]", "-"));
                browser.assertAccessible();
                assertThat(overflow(browser)).as("horizontal scrolling at 1280 px on %s", path).isLessThanOrEqualTo(0L);
            });

            browser.driver().manage().window().setSize(new Dimension(1024, 800));
            pages.keySet().forEach(path -> {
                browser.open(path);
                assertThat(overflow(browser)).as("horizontal scrolling at 1024 px on %s", path).isLessThanOrEqualTo(0L);
            });

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open("dashboard");
            browser.assertChineseAndAccessible(pages.keySet(), browser::open, "概览");
            browser.clickLink("English");
        }
    }

    /** How far the page reaches beyond the window's width. */
    private static long overflow(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void aPartnerKeyIsShownOnceWithACopyButtonAndCanBeRevoked() {
        String name = Identities.unique("Console Partner");
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.open("partners/index");
            browser.field("Name").sendKeys(name);
            browser.clickButton("Issue an API key");
            browser.waitForText("This is the only time the key is shown");
            String key = browser.driver().findElement(By.id("issue:key")).getAttribute("value");
            assertThat(key).startsWith("wic_");
            assertThat(browser.driver().findElements(By.id("copy"))).hasSize(1);
            assertThat(RegistryHttp.registry().get("/api/v1/me", "X-API-Key", key).status()).isEqualTo(200);
            browser.screenshot("partners");

            browser.open("partners/index");
            assertThat(browser.driver().getPageSource()).as("shown once").doesNotContain(key);
            browser.click(By.xpath("//tr[contains(., '" + name + "')]//a[normalize-space()='Revoke']"));
            browser.waitForText("revoked.");
            assertThat(RegistryHttp.registry().get("/api/v1/me", "X-API-Key", key).status()).isEqualTo(401);
        }
    }

    @Test
    void theAuditTrailShowsAChangeBeforeAndAfter() {
        String member = Members.admit();
        RegistryHttp.Answer read = RegistryHttp.registry().as(Identities.admin()).get("/api/v1/members/" + member);
        assertThat(RegistryHttp.registry().as(Identities.admin()).send("PATCH", "/api/v1/members/" + member, "application/merge-patch+json",
                "{\"website\": \"https://audited.example\"}", "If-Match", read.header("ETag").orElseThrow()).status()).isEqualTo(200);
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.open("audit/index?entityType=member&entityId=" + member);
            browser.waitForText("member.updated");
            assertThat(browser.driver().findElement(By.xpath("//table[contains(@class,'changes')]//tr[td='website']")).getText())
                    .contains("https://audited.example");
            browser.screenshot("audit");
        }
    }
}
