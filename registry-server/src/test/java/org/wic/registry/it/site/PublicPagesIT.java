package org.wic.registry.it.site;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.Members;
import org.wic.registry.it.console.Browser;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public page, in English and in Chinese: its heading, no error, nothing axe-core finds serious. */
class PublicPagesIT {

    @Test
    void everyPublicPageIsAccessibleInBothLanguages() {
        String member = Members.admit();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "WIC Membership Registry");
        pages.put("/apply", "Apply for membership");
        pages.put("/track", "Track an application");
        pages.put("/directory", "Directory");
        pages.put("/directory/" + member, "Member Networks");
        pages.put("/statistics", "Statistics");
        try (var browser = new Browser()) {
            pages.forEach((path, title) -> {
                browser.openSite(path);
                assertThat(browser.heading()).as(path).startsWith(title);
                assertThat(browser.text()).as(path).doesNotContain("Exception", "Something went wrong");
                browser.screenshot("site" + path.replaceAll("[^A-Za-z0-9]+", "-"));
                browser.assertAccessible();
            });
            assertThat(browser.text()).contains("API documentation", "OpenAPI document", "Service health");

            browser.openSite("/");
            browser.assertChineseAndAccessible(pages.keySet(), browser::openSite, "申请加入");
            browser.openSite("/");
            browser.screenshot("site-zh-home");
            browser.clickLink("English");
            browser.waitForText("Apply");
        }
    }
}
