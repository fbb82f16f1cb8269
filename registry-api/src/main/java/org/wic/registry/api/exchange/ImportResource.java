package org.wic.registry.api.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.exchange.MemberImport;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Members imported from the members export's CSV: all of a file, or nothing. */
@Path("imports")
@RolesAllowed(Role.Names.SECRETARIAT)
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Exports and imports")
public class ImportResource {

    @Inject
    private Caller caller;

    @Inject
    private IdempotentCreations creations;

    @Inject
    private MemberImport memberImport;

    @Schema(name = "MemberImportResult")
    public record Imported(@Schema(example = "2") int members, @Schema(example = "3") int contacts,
                           @Schema(example = "[\"WIC-000123\", \"WIC-000124\"]") List<String> numbers) {
    }

    @POST
    @Path("members")
    @Consumes(ExportResource.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importMembers", summary = "Import members from CSV",
            description = "The format of GET /api/v1/exports/members.csv (UTF-8, RFC 4180, the header line first; columns in any order). "
                    + "The whole file is checked first and every problem is named in one 400 answer, each with its line (the header is "
                    + "line 1) and column; nothing is written unless every line is right. Then all members are written in one "
                    + "transaction, audited and announced on the change feed. A member keeps the number the file gives it (one this "
                    + "registry holds already is an error, so a repeated import writes nothing twice); lines without a number become "
                    + "new members. A member's lines share its number, or for new members follow one another with the same member columns. "
                    + "Accepts Idempotency-Key. At most REGISTRY_MAX_IMPORT_BYTES (50 MiB) a file.")
    @RequestBody(content = @Content(mediaType = ExportResource.CSV, example = """
            number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary
            WIC-000123,Example Networks Ltd,Example Networks,ENTERPRISE,KE,FULL,ACTIVE,2025-03-01,https://networks.example,,,Nairobi,,,KE,Amina Odhiambo,CTO,amina@networks.example,+254 20 000000,true
            """))
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Imported.class), examples = @ExampleObject(name = "imported",
            value = "{\"members\": 1, \"contacts\": 1, \"numbers\": [\"WIC-000123\"]}")))
    @APIResponse(responseCode = "400", description = "Problems in the file, each with line, field (the column) and message; nothing was written",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:wic:registry:problem:invalid-input", "title": "Invalid input", "status": 400,
                     "detail": "line 3, country: must be an ISO 3166-1 country code",
                     "errors": [{"line": 3, "field": "country", "message": "must be an ISO 3166-1 country code"}]}""")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response importMembers(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                                  @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, InputStream file) throws IOException {
        if (idempotencyKey == null) {
            return Response.ok(imported(file)).build();
        }
        // a retry is told from another file by the file's hash: the file itself is read once, into memory (it is capped)
        byte[] content = file.readAllBytes();
        String fileHash = HexFormat.of().formatHex(sha256(content));
        return creations.once("POST /api/v1/imports/members", caller, idempotencyKey, fileHash, () -> new IdempotentCreations.Outcome(
                Response.Status.OK.getStatusCode(), Optional.empty(), imported(new ByteArrayInputStream(content))));
    }

    private Imported imported(InputStream file) {
        MemberImport.Imported imported = memberImport.importMembers(caller, file);
        return new Imported(imported.members(), imported.contacts(), imported.numbers());
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
