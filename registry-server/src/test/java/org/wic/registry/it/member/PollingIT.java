package org.wic.registry.it.member;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners poll the directory and the membership statistics: each answer carries an ETag, and the
 * same ETag in If-None-Match is answered 304 without a body until something they show changed.
 */
class PollingIT {

    private final RegistryHttp anonymous = RegistryHttp.registry();

    @Test
    void theStatisticsAre304UntilAMemberChangesStatusThenTheNewFigures() {
        String number = Members.admit();
        RegistryHttp.Answer first = anonymous.get("/api/v1/statistics/members");
        String etag = first.header("ETag").orElseThrow();
        long active = first.json().getJsonNumber("members").longValue();

        RegistryHttp.Answer unchanged = anonymous.get("/api/v1/statistics/members", "If-None-Match", etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(first.header("Cache-Control")).hasValue("no-cache");

        MemberFixtures.status(number, "SUSPENDED");

        RegistryHttp.Answer changed = anonymous.get("/api/v1/statistics/members", "If-None-Match", etag);
        assertThat(changed.status()).as("a member left the active ones").isEqualTo(200);
        assertThat(changed.header("ETag")).isPresent().isNotEqualTo(first.header("ETag"));
        assertThat(changed.json().getJsonNumber("members").longValue()).isEqualTo(active - 1);
    }

    @Test
    void aDirectoryPageIs304UntilAMemberOnItChanges() {
        String name = Identities.unique("Polled Networks");
        String number = Members.admit(Applicants.form(name), "FULL");
        String page = "/api/v1/members?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        RegistryHttp.Answer first = anonymous.get(page);
        String etag = first.header("ETag").orElseThrow();
        assertThat(first.json().getJsonArray("items")).hasSize(1);

        assertThat(anonymous.get(page, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(anonymous.get("/api/v1/members?limit=1", "If-None-Match", etag).status()).as("another page, another tag").isEqualTo(200);

        MemberFixtures.status(number, "SUSPENDED");

        RegistryHttp.Answer changed = anonymous.get(page, "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("items")).as("the member left the active directory").isEmpty();
    }
}
