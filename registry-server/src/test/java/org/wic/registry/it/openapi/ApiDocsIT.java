package org.wic.registry.it.openapi;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The browsable API documentation: Swagger UI over the registry's own OpenAPI document. */
class ApiDocsIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void swaggerUiPageLoadsItsScriptsFromTheWebjar() {
        RegistryHttp.Answer page = registry.get("/api-docs/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Matcher bundle = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertThat(bundle.find()).as("the page names the Swagger UI bundle").isTrue();
        assertThat(registry.get(bundle.group(1)).status()).isEqualTo(200);
        assertThat(registry.get(bundle.group(1).replace("swagger-ui-bundle.js", "swagger-ui.css")).status()).isEqualTo(200);
    }

    @Test
    void swaggerUiIsPointedAtTheOpenApiDocument() {
        RegistryHttp.Answer initializer = registry.get("/api-docs/swagger-initializer.js");

        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("url: \"/openapi\"");
    }

    @Test
    void theRootPageLinksTheDocumentationAndHealth() {
        RegistryHttp.Answer root = registry.get("/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("/api-docs/", "/openapi", "/health/ready");
    }
}
