package org.wic.registry.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * The registry's REST API at {@code /api/v1}: this WAR's context root is {@code /api} (the public pages and the
 * console hold {@code /}), its JAX-RS application path {@code /v1}. Shared response and problem definitions of the
 * OpenAPI document live in {@code META-INF/openapi.yaml}; each resource documents its own
 * operations.
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(
        info = @Info(
                title = "WIC Membership Registry API",
                version = "1",
                description = "The system of record for the membership of the World Internet Conference. "
                        + "Reference data, the public directory and public statistics need no credentials; "
                        + "everything else needs an account (HTTP Basic) or a partner API key (X-API-Key). "
                        + "Errors are RFC 9457 problem details (application/problem+json)."),
        tags = {
                @Tag(name = "Reference data", description = "Continents and ISO 3166-1 countries; public"),
                @Tag(name = "Tiers", description = "Membership tiers and their dues; public to read"),
                @Tag(name = "Applications", description = "Applying for membership and the secretariat's review"),
                @Tag(name = "Members", description = "The members of the World Internet Conference"),
                @Tag(name = "Change feed", description = "Directory changes in commit order, for partners keeping a copy in step"),
                @Tag(name = "Webhooks", description = "The change feed's events POSTed to partners, signed, with a delivery log"),
                @Tag(name = "Exports and imports", description = "CSV of members, the directory, invoices and payments; members imported from it"),
                @Tag(name = "Personal data", description = "Everything held about one person, and its erasure; secretariat only"),
                @Tag(name = "Dues", description = "Dues runs, invoices, payments, statements and arrears"),
                @Tag(name = "Statistics", description = "Membership figures (public) and application figures (secretariat)"),
                @Tag(name = "Identity", description = "Who is calling, accounts and partner API keys"),
                @Tag(name = "Notifications", description = "The e-mail outbox: every message the registry sends; secretariat only"),
                @Tag(name = "Audit", description = "The trail of every state change; secretariat only")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = RegistryApplication.ACCOUNT_SCHEME, type = SecuritySchemeType.HTTP,
                scheme = "basic", description = "Secretariat and member representative accounts"),
        @SecurityScheme(securitySchemeName = RegistryApplication.PARTNER_SCHEME, type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key", description = "Partner system API keys"),
        @SecurityScheme(securitySchemeName = RegistryApplication.TRACKING_TOKEN_SCHEME, type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = "X-Tracking-Token",
                description = "An applicant's tracking token, answered once at submission, for its own application only")
})
public class RegistryApplication extends Application {

    /** This WAR's context root (registry-ear's application.xml gives it). */
    public static final String CONTEXT_ROOT = "/api";

    public static final String ACCOUNT_SCHEME = "account";
    public static final String PARTNER_SCHEME = "partnerKey";
    public static final String TRACKING_TOKEN_SCHEME = "trackingToken";

    /** Jersey would otherwise publish an unauthenticated WADL description at /api/v1/application.wadl. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
