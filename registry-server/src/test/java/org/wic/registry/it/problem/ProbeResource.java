package org.wic.registry.it.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A test-only resource that takes a JSON body with validation, as later endpoints will, and one
 * that fails the way a bug would; deployed with the registry's API classes by ProblemMappingIT.
 */
@PermitAll
@Path("probe")
public class ProbeResource {

    public record Contact(@NotBlank String name, @NotBlank @Email String email) {
    }

    public record Submission(@NotBlank @Size(max = 50) String name, @NotNull @Min(1) Integer count,
                             @NotNull @Valid Contact contact) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Submission echo(@NotNull @Valid Submission submission) {
        return submission;
    }

    @GET
    @Path("failure")
    @Produces(MediaType.APPLICATION_JSON)
    public String failure() {
        throw new IllegalStateException("SELECT password FROM account WHERE id = 1 (org.wic.registry.secret)");
    }
}
