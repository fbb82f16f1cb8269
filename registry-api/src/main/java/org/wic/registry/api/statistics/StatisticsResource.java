package org.wic.registry.api.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.statistics.StatisticsService;

/** Statistics, counted by the database on each request. */
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
    @Operation(operationId = "getMemberStatistics", summary = "Membership in figures",
            description = "Public. Active members in total and by continent, country, category and tier; members of every status by status.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MemberStatisticsResponse.class), examples = @ExampleObject(name = "figures", value = """
                    {"members": 123, "countries": 24, "continents": 6, "byContinent": {"AF": 25, "AS": 36, "EU": 25, "NA": 15, "OC": 5, "SA": 17},
                     "byCountry": {"KE": 5, "CN": 6}, "byCategory": {"ORGANIZATION": 40, "ENTERPRISE": 40, "INSTITUTION": 23, "INDIVIDUAL": 20},
                     "byTier": {"STRATEGIC": 10, "FULL": 50, "ASSOCIATE": 43, "INDIVIDUAL": 20},
                     "byStatus": {"ACTIVE": 123, "SUSPENDED": 4, "WITHDRAWN": 3, "TERMINATED": 1}}""")))
    public MemberStatisticsResponse members() {
        return MemberStatisticsResponse.of(statistics.membership());
    }

    @GET
    @Path("dues")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "getDuesStatistics", summary = "Dues in figures",
            description = "For one dues year, per currency: issued (invoices not void), collected (payments not reversed), outstanding "
                    + "(open balances) and overdue (open balances past their due date).")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @Parameter(name = "year", in = ParameterIn.QUERY, required = true, description = "The dues year", example = "2026")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DuesStatisticsResponse.class), examples = @ExampleObject(name = "figures", value = """
                    {"year": 2026, "currencies": [{"currency": "USD", "issued": {"value": "1204000.00", "currency": "USD"},
                     "collected": {"value": "950000.00", "currency": "USD"}, "outstanding": {"value": "254000.00", "currency": "USD"},
                     "overdue": {"value": "12000.00", "currency": "USD"}}]}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public DuesStatisticsResponse dues(@QueryParam("year") String year) {
        int dueYear;
        try {
            dueYear = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "is required: a year such as 2026");
        }
        return DuesStatisticsResponse.of(dueYear, statistics.dues(caller, dueYear));
    }

    @GET
    @Path("applications")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "getApplicationStatistics", summary = "Applications in figures",
            description = "By status and by calendar month of submission (in REGISTRY_TIME_ZONE).")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationStatisticsResponse.class), examples = @ExampleObject(name = "figures", value = """
                    {"total": 14, "byStatus": {"SUBMITTED": 3, "UNDER_REVIEW": 2, "INFORMATION_REQUESTED": 2, "APPROVED": 4, "REJECTED": 2, "WITHDRAWN": 1},
                     "byMonth": {"2026-10": 6, "2026-11": 8}}""")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ApplicationStatisticsResponse applications() {
        return ApplicationStatisticsResponse.of(statistics.applications(caller));
    }
}
