package org.wic.registry.api.dues;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.api.paging.QueryParameterDoc;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.dues.InvoiceQuery;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.member.MemberNumber;

import java.util.ArrayList;
import java.util.Optional;

/** The invoice list's filters as query parameters ({@code @BeanParam}); documented on the operation. */
public class InvoiceFilters {

    @QueryParameterDoc(description = "Member number", example = "WIC-000123")
    @QueryParam("member")
    private String member;

    @QueryParameterDoc(description = "Dues year", example = "2026")
    @QueryParam("year")
    private String year;

    @QueryParameterDoc(description = "OPEN, PARTIALLY_PAID, PAID, WAIVED or VOID")
    @QueryParam("status")
    private String status;

    @QueryParameterDoc(description = "true: only overdue ones; false: none of those")
    @QueryParam("overdue")
    private String overdue;

    /** @throws InvalidInputException naming every bad parameter */
    InvoiceQuery query() {
        var errors = new ArrayList<FieldError>();
        Optional<MemberNumber> memberNumber = QueryParameters.parse(errors, "member", member, MemberNumber::parse,
                "must be a member number such as WIC-000123");
        Optional<Integer> dueYear = QueryParameters.parse(errors, "year", year, QueryParameters.wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE),
                "must be a year such as 2026").map(Long::intValue);
        Optional<InvoiceStatus> invoiceStatus = QueryParameters.parse(errors, "status", status, QueryParameters.constantOf(InvoiceStatus.class),
                "must be OPEN, PARTIALLY_PAID, PAID, WAIVED or VOID");
        Optional<Boolean> isOverdue = QueryParameters.parse(errors, "overdue", overdue, QueryParameters::bool, "must be true or false");
        FieldValues.requireNone(errors);
        return new InvoiceQuery(memberNumber, dueYear, invoiceStatus, isOverdue);
    }
}
