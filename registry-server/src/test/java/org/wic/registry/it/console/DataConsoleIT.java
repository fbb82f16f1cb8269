package org.wic.registry.it.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The members import in the console: a file with problems shows them by line and column and writes nothing; a good one is written. */
class DataConsoleIT {

    /** The page follows the import job; on a busy test server it may wait for other jobs first. */
    private static final java.time.Duration JOB_PATIENCE = java.time.Duration.ofSeconds(60);
    private static final String HEADER = "number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,"
            + "addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary\r\n";

    @Test
    void anImportWithErrorsShowsThemAndWritesNothingThenAGoodOneIsWritten() throws IOException {
        String name = Identities.unique("Console Import");
        Path broken = file(HEADER + ",\"" + name + " One\",,ENTERPRISE,ZZ,FULL,ACTIVE,2024-05-01,,,,,,,,Amina Wanjiru,,amina@import.example,,true\r\n"
                + ",\"" + name + " Two\",,ENTERPRISE,KE,FULL,ACTIVE,yesterday,,,,,,,,Baraka Mwangi,,baraka@import.example,,true\r\n");
        Path good = file(HEADER + ",\"" + name + " One\",,ENTERPRISE,KE,FULL,ACTIVE,2024-05-01,,,,,,,,Amina Wanjiru,,amina@import.example,,true\r\n");
        try (var browser = new Browser()) {
            browser.signedIn(Identities.admin());
            browser.clickLink("Data");
            browser.waitForText("Members import");
            browser.assertAccessible();

            browser.driver().findElement(By.id("import:file")).sendKeys(broken.toString());
            browser.click(By.id("import:upload"));
            browser.waitForText("Nothing was written.", JOB_PATIENCE);
            assertThat(browser.driver().findElements(By.cssSelector("tr.import-error"))).extracting(row -> row.getText())
                    .anySatisfy(row -> assertThat(row).startsWith("2 country"))
                    .anySatisfy(row -> assertThat(row).startsWith("3 joinedOn"));
            browser.screenshot("import-errors");
            assertThat(count(name)).isZero();

            browser.driver().findElement(By.id("import:file")).sendKeys(good.toString());
            browser.click(By.id("import:upload"));
            browser.waitForText("Members written: 1", JOB_PATIENCE);
            assertThat(browser.driver().findElement(By.id("importStatus")).getText()).isEqualTo("Completed");
            assertThat(count(name)).isEqualTo(1);
        }
    }

    private static Path file(String csv) throws IOException {
        Path file = Files.createTempFile("members", ".csv");
        Files.writeString(file, csv);
        file.toFile().deleteOnExit();
        return file;
    }

    private static int count(String name) {
        return RegistryHttp.registry().as(Identities.admin()).get("/api/v1/members?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .getJsonArray("items").size();
    }
}
