package org.wic.registry.it.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The dues year in the console: a run followed to its end, a payment and its reversal. */
class DuesConsoleIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void aDuesRunIsFollowedWithItsProgressBarToTheEnd() {
        Members.admit();
        int nextYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.clickLink("Dues");
            browser.waitForText("Start a dues run");
            browser.assertAccessible();
            browser.choose("start:year", String.valueOf(nextYear));
            browser.clickButton("Start a dues run");
            browser.waitForText("Dues run for " + nextYear + " started.");

            var seen = new ArrayList<Integer>();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!browser.text().contains("Summary") && System.nanoTime() < deadline) {
                seen.add(percent(browser));
                sleep();
            }
            assertThat(browser.textOf("#runStatus")).isEqualTo("Completed");
            assertThat(percent(browser)).isEqualTo(100);
            assertThat(browser.text()).containsPattern("invoices issued").containsPattern("USD [\\d,]+\\.\\d\\d");
            assertThat(seen).as("the bar only moves on").isSorted();
            browser.screenshot("dues-run");
        }
    }

    @Test
    void aPartialPaymentIsRecordedAndReversedWithAReason() {
        String member = Members.admit();
        String invoice = SECRETARIAT.get("/api/v1/invoices?member=" + member).json().getJsonArray("items").getJsonObject(0).getString("number");
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.open("dues/invoice?number=" + invoice);
            String amount = browser.driver().findElement(By.id("amount")).getText();
            assertThat(amount).startsWith("USD ");
            browser.assertAccessible();

            browser.field("Amount (USD)").sendKeys("100");
            browser.field("Reference").sendKeys("BANK-REF-42");
            browser.clickButton("Record a payment");
            browser.waitForText("Payment recorded.");
            assertThat(browser.driver().findElement(By.id("invoiceStatus")).getText()).isEqualTo("Partly paid");
            assertThat(browser.driver().findElement(By.id("balance")).getText()).isNotEqualTo(amount);
            browser.screenshot("invoice");

            browser.click(By.cssSelector("a.reverse"));
            browser.waitFor(By.cssSelector("#changes .ui-message-error"));
            assertThat(browser.driver().findElement(By.id("invoiceStatus")).getText()).as("no reversal without a reason").isEqualTo("Partly paid");
            browser.field("Reason").sendKeys("Bounced by the bank");
            browser.click(By.cssSelector("a.reverse"));
            browser.waitForText("Payment reversed.");
            assertThat(browser.driver().findElement(By.id("invoiceStatus")).getText()).isEqualTo("Open");
            assertThat(browser.driver().findElement(By.id("balance")).getText()).isEqualTo(amount);
            assertThat(browser.text()).contains("Reversed", "Bounced by the bank");
        }
    }

    private static int percent(Browser browser) {
        String label = browser.textOf("#progress\\:bar .ui-progressbar-label").replace("%", "").strip();
        return label.isEmpty() ? 0 : Integer.parseInt(label);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
