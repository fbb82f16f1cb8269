package org.wic.registry.api.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.caching.ConditionalAnswers;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.statistics.StatisticsService;

/** Statistics: membership figures counted once per change of the directory, all of them counted by the database. */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatisticsResource {

    @Inject
    private Caller caller;

    @Inject
    private StatisticsService statistics;

    @GET
    @Path("members")
    @PermitAll
    @Operation(operationId = "getMemberStatistics", summary = "Membership in figures")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = MemberStatisticsResponse.class),
            examples = @ExampleObject(name = "figures", externalValue = "MemberStatistics")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response members(@Context Request request) {
        return ConditionalAnswers.revalidated(request, MemberStatisticsResponse.of(statistics.membership())).build();
    }

    @GET
    @Path("dues")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "getDuesStatistics", summary = "Dues in figures")
    @Parameter(name = "year", in = ParameterIn.QUERY, required = true, description = "The dues year", example = "2026")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = DuesStatisticsResponse.class)))
    public DuesStatisticsResponse dues(@QueryParam("year") String year) {
        int dueYear = QueryParameters.required("year", year, QueryParameters.wholeNumber(2000, 2100),
                "is required: a year from 2000 to 2100, such as 2026").intValue();
        return DuesStatisticsResponse.of(dueYear, statistics.dues(caller, dueYear));
    }

    @GET
    @Path("applications")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "getApplicationStatistics", summary = "Applications in figures")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = ApplicationStatisticsResponse.class),
            examples = @ExampleObject(name = "figures", externalValue = "ApplicationStatistics")))
    public ApplicationStatisticsResponse applications() {
        return ApplicationStatisticsResponse.of(statistics.applications(caller));
    }
}
