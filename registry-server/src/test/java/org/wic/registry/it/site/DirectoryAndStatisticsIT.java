package org.wic.registry.it.site;

import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.console.Browser;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The public directory and figures, as anyone reads them. */
class DirectoryAndStatisticsIT {

    @Test
    void theDirectoryIsFilteredAndPagedToAMembersPublicPage() {
        String token = Identities.unique("Highland");
        List<String> numbers = IntStream.range(0, 23)
                .mapToObj(i -> Members.admit(Applicants.form(token + " Cooperative " + (char) ('A' + i)), "FULL")).toList();
        try (var browser = new Browser()) {
            browser.openSite("/directory");
            browser.waitForText("members shown");
            browser.assertAccessible();
            browser.field("Name contains").sendKeys(token);
            browser.choose("filters:continent", "Africa");
            browser.choose("filters:category", "Enterprise");
            browser.clickButton("Apply");
            // the unfiltered first page also shows 20: wait for the filtered one
            browser.waitUntil("the filtered page", () -> entries(browser).stream().allMatch(entry -> entry.contains(token)));
            assertThat(browser.textOf("#shown")).isEqualTo("20 members shown");
            assertThat(entries(browser)).hasSize(20).allSatisfy(entry -> assertThat(entry).contains(token, "Enterprise", "Kenya"));
            browser.screenshot("directory");

            browser.clickButton("More");
            browser.waitForText("23 members shown");
            assertThat(entries(browser)).hasSize(23).allSatisfy(text -> assertThat(text).contains(token));
            assertThat(browser.driver().findElements(By.id("list:more"))).as("nothing more to show").isEmpty();

            browser.choose("filters:continent", "Europe");
            browser.clickButton("Apply");
            browser.waitForText("0 members shown");

            browser.openSite("/directory/" + numbers.get(4));
            browser.waitForText(token + " Cooperative E");
            assertThat(browser.textOf("#number")).isEqualTo(numbers.get(4));
            assertThat(browser.text()).contains("Kenya", "https://networks.example").doesNotContain("@networks.example");
            browser.assertAccessible();
            browser.screenshot("directory-member");

            browser.openSite("/directory/WIC-999999");
            assertThat(browser.heading()).isEqualTo("Not found");
        }
    }

    @Test
    void theChartsDrawTheFiguresOfTheApiAndTheirTablesSayTheSame() {
        try (var browser = new Browser()) {
            JsonObject figures;
            int attempt = 0;
            do { // another test's member may join between the two readings: read both again
                figures = RegistryHttp.registry().get("/api/v1/statistics/members").json();
                browser.openSite("/statistics");
                browser.waitForText("Members per continent");
            } while (!figures.equals(RegistryHttp.registry().get("/api/v1/statistics/members").json()) && ++attempt < 5);

            for (String chart : List.of("continents", "categories", "tiers", "joined")) {
                Object bars = ((JavascriptExecutor) browser.driver()).executeScript(
                        "const canvas = document.querySelector('#figure-" + chart + " canvas');"
                                + " const chart = canvas && Chart.getChart(canvas); return chart ? chart.data.datasets[0].data.length : -1;");
                assertThat(((Number) bars).intValue()).as("bars drawn on " + chart).isPositive();
            }
            assertThat(column(browser, "continents")).isEqualTo(counts(figures.getJsonObject("byContinent")));
            assertThat(column(browser, "categories")).isEqualTo(counts(figures.getJsonObject("byCategory")));
            assertThat(column(browser, "tiers")).isEqualTo(counts(figures.getJsonObject("byTier")));
            assertThat(column(browser, "joined")).isEqualTo(counts(figures.getJsonObject("byJoinYear")));
            assertThat(browser.text()).contains(String.format(Locale.ENGLISH, "%,d active members from %,d countries on %d continents",
                    figures.getInt("members"), figures.getInt("countries"), figures.getInt("continents")));
            browser.assertAccessible();
            browser.screenshot("statistics");
        }
    }

    private static List<String> entries(Browser browser) {
        return browser.textsOf("#list li.entry");
    }

    /** The table's counts, top to bottom. */
    private static List<Long> column(Browser browser, String figure) {
        return browser.textsOf("#table-" + figure + " tbody td").stream().map(cell -> Long.parseLong(cell.replace(",", ""))).toList();
    }

    private static List<Long> counts(JsonObject byKey) {
        return byKey.values().stream().map(value -> ((JsonNumber) value).longValue()).toList();
    }
}
