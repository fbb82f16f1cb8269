package org.wic.registry.it.site;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.console.Browser;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A representative keeps the member's record in the portal, and sees nothing of another member's. */
class PortalIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void aRepresentativeEditsTheWebsiteAddsAContactAndReadsTheInvoicesButNotAnotherMembers() {
        String member = Members.admit();
        String otherMember = Members.admit();
        Credentials representative = Identities.newRepresentative(member);
        Credentials colleague = Identities.newRepresentative(member);
        String invoice = firstInvoice(member);
        try (var browser = new Browser()) {
            browser.open("").signIn(representative);
            browser.waitForText("My organization");
            assertThat(browser.textOf("#number")).isEqualTo(member);
            assertThat(browser.driver().findElements(By.id("profile:category"))).as("the category is shown, not edited").isEmpty();
            assertThat(browser.driver().findElements(By.id("profile:country"))).as("the country is shown, not edited").isEmpty();
            assertThat(navigation(browser)).containsExactly("My organization", "Invoices", "Representatives", "My account");

            WebElement website = browser.field("Website");
            website.clear();
            website.sendKeys("https://portal-edited.example");
            browser.click(By.id("profile:save"));
            browser.waitForText("Saved.");
            assertThat(SECRETARIAT.get("/api/v1/members/" + member).json().getString("website")).isEqualTo("https://portal-edited.example");

            browser.field("Name").sendKeys("Wanjiku Kamau");
            browser.field("E-mail").sendKeys("wanjiku@portal.example");
            browser.click(By.id("contact:saveContact"));
            browser.waitForText("Contact saved.");
            assertThat(SECRETARIAT.get("/api/v1/members/" + member).json().getJsonArray("contacts").toString()).contains("wanjiku@portal.example");
            browser.screenshot("portal-organization");

            browser.clickLink("Invoices");
            browser.waitForText("Statement");
            assertThat(browser.text()).contains(invoice).containsPattern("USD [\\d,]+\\.\\d\\d");
            browser.screenshot("portal-invoices");
            browser.clickLink(invoice);
            browser.waitForText("Statement lines");
            assertThat(browser.textOf("#invoiceStatus")).isEqualTo("Open");
            assertThat(browser.textOf("#lines")).contains(invoice);
            assertThat(browser.driver().findElements(By.id("payment:pay"))).as("no payments recorded here").isEmpty();

            browser.clickLink("Representatives");
            browser.waitForText(colleague.name());
            // the account opened at approval is named after the primary contact's address, which the portal shows anyway
            String invited = SECRETARIAT.get("/api/v1/members/" + member).json().getJsonArray("contacts").getJsonObject(0).getString("email");
            assertThat(browser.textOf("#representatives").lines().map(String::strip).toList())
                    .containsExactlyInAnyOrder(invited, colleague.name(), representative.name() + " (you)");

            browser.open("portal/invoice?number=" + firstInvoice(otherMember));
            assertThat(browser.heading()).as("another member's invoice").isEqualTo("Not found");
            browser.open("members/view?number=" + otherMember);
            assertThat(browser.text()).as("the secretariat's page of another member").contains("Not for this account").doesNotContain(otherMember);
        }
    }

    @Test
    void aRepresentativeChangesItsPasswordAndSignsInWithTheNewOne() {
        Credentials representative = Identities.newRepresentative(Members.admit());
        String newPassword = Identities.newPassword();
        try (var browser = new Browser()) {
            browser.open("").signIn(representative);
            browser.waitForText("My organization");
            browser.clickLink("My account");
            browser.field("Current password").sendKeys(representative.password());
            browser.field("New password (12 to 128 characters)").sendKeys(newPassword);
            browser.clickButton("Change password");
            browser.waitForText("Your password is changed.");
        }
        assertThat(RegistryHttp.registry().as(Credentials.basic(representative.name(), newPassword)).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(RegistryHttp.registry().as(representative).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void everyPortalPageIsAccessibleInBothLanguages() {
        String member = Members.admit();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("portal/", "My organization");
        pages.put("portal/invoices", "Invoices");
        pages.put("portal/invoice?number=" + firstInvoice(member), "Invoice");
        pages.put("portal/representatives", "Representatives");
        pages.put("portal/account", "My account");
        try (var browser = new Browser()) {
            browser.open("").signIn(Identities.newRepresentative(member));
            browser.waitForText("My organization");
            pages.forEach((path, title) -> {
                browser.open(path);
                assertThat(browser.heading()).as(path).startsWith(title);
                browser.assertAccessible();
            });
            browser.assertChineseAndAccessible(pages.keySet(), browser::open, "我的机构");
            browser.screenshot("portal-zh");
        }
    }

    private static String firstInvoice(String member) {
        return SECRETARIAT.get("/api/v1/invoices?member=" + member).json().getJsonArray("items").getJsonObject(0).getString("number");
    }

    private static java.util.List<String> navigation(Browser browser) {
        return browser.textsOf(".console-nav a");
    }
}
