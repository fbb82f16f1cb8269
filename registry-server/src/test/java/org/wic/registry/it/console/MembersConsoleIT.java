package org.wic.registry.it.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** A member's page in the console: profile edits from two officers at once, contacts, status. */
class MembersConsoleIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void aStaleProfileEditIsRefusedAndTheFreshValuesAreShown() {
        String number = Members.admit();
        try (var first = new Browser(); var second = new Browser()) {
            first.signedIn(Identities.admin());
            second.signedIn(Identities.newAccount("SECRETARIAT"));
            first.open("members/view?number=" + number);
            second.open("members/view?number=" + number);
            first.screenshot("member");
            first.assertAccessible();

            replace(first.field("Website"), "https://first-officer.example");
            first.click(By.id("profile:save"));
            first.waitForText("Saved.");

            replace(second.field("Description"), "The second officer's description.");
            second.click(By.id("profile:save"));

            second.waitForText("Changed by someone else since you opened it");
            assertThat(second.field("Website").getAttribute("value")).as("the fresh values").isEqualTo("https://first-officer.example");
            assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getString("description", "")).as("the stale edit wrote nothing")
                    .isNotEqualTo("The second officer's description.");
            second.screenshot("member-stale-edit");

            replace(second.field("Description"), "The second officer's description.");
            second.click(By.id("profile:save"));
            second.waitForText("Saved.");
            assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getString("description")).isEqualTo("The second officer's description.");
        }
    }

    @Test
    void aContactIsAddedMadePrimaryAndTheMemberSuspendedWithAReason() {
        String number = Members.admit();
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.open("members/view?number=" + number);

            browser.field("E-mail").sendKeys("not-an-address");
            browser.field("Name").sendKeys("Otieno Kamau");
            browser.click(By.id("contact:saveContact"));
            browser.waitFor(By.cssSelector("#contact .ui-message-error"));
            assertThat(browser.driver().findElements(By.cssSelector("tr.contact"))).as("nothing added").hasSize(1);

            replace(browser.field("E-mail"), "otieno@console.example");
            browser.click(By.id("contact:saveContact"));
            browser.waitForText("Contact saved.");
            assertThat(browser.driver().findElements(By.cssSelector("tr.contact"))).hasSize(2);
            By makeOtienoPrimary = By.xpath("//tr[contains(., 'otieno@console.example')]//a[normalize-space()='Make primary']");
            browser.click(makeOtienoPrimary);
            browser.waitUntilGone(makeOtienoPrimary);
            assertThat(browser.text()).contains("Contact saved.");
            assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getJsonArray("contacts").getValuesAs(jakarta.json.JsonObject.class))
                    .filteredOn(contact -> contact.getBoolean("primary")).extracting(contact -> contact.getString("email"))
                    .containsExactly("otieno@console.example");

            browser.choose("status:target", "Suspended");
            browser.field("Reason").sendKeys("Asked to pause its membership");
            browser.click(By.id("status:changeStatus"));
            browser.waitForText("Status changed.");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Suspended");
            assertThat(browser.text()).contains("Asked to pause its membership");
            assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getString("status")).isEqualTo("SUSPENDED");
        }
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
