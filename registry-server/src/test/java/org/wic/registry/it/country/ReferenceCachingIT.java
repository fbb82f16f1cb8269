package org.wic.registry.it.country;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference data is cacheable: an ETag and Cache-Control on every answer, 304 while nothing changed. */
class ReferenceCachingIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/continents", "/api/v1/continents/EU", "/api/v1/countries",
            "/api/v1/countries?continent=OC", "/api/v1/countries/FR"})
    void aClientThatHasTheCurrentRepresentationGets304WithoutABody(String path) {
        RegistryHttp.Answer first = registry.get(path);
        String etag = first.header("ETag").orElseThrow();

        RegistryHttp.Answer revalidated = registry.get(path, "If-None-Match", etag);

        assertThat(first.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age="));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header("ETag")).contains(etag);
    }

    @Test
    void aStaleTagGetsTheFullAnswer() {
        RegistryHttp.Answer answer = registry.get("/api/v1/countries/FR", "If-None-Match", "\"not-the-current-tag\"");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("alpha2")).isEqualTo("FR");
    }

    @Test
    void differentRepresentationsHaveDifferentTags() {
        String all = registry.get("/api/v1/countries").header("ETag").orElseThrow();
        String oceania = registry.get("/api/v1/countries?continent=OC").header("ETag").orElseThrow();
        String again = registry.get("/api/v1/countries").header("ETag").orElseThrow();

        assertThat(oceania).isNotEqualTo(all);
        assertThat(again).isEqualTo(all);
    }
}
