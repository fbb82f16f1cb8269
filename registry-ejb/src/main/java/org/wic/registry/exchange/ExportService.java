package org.wic.registry.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.dues.Invoice;
import org.wic.registry.dues.InvoiceRepository;
import org.wic.registry.dues.Payment;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberRepository;
import org.wic.registry.member.MemberService;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.time.RegistryCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secretariat's exports, one chunk per call: each call is a short transaction of its own that
 * reads {@link Chunk#SIZE} items after the last one written (keyset on the id), so memory does not
 * grow with the export and no long transaction holds the database. An export is not a snapshot:
 * items written while it runs may or may not appear, but none appears twice.
 */
@Stateless
public class ExportService {

    public static final List<String> DIRECTORY_HEADER = List.of("number", "legalName", "displayName", "category", "country", "continent",
            "tier", "status", "joinedOn", "website", "description");
    public static final List<String> INVOICE_HEADER = List.of("number", "memberNumber", "year", "amount", "currency", "paid", "balance",
            "issuedOn", "dueOn", "status", "overdue", "closedOn", "closeReason");
    public static final List<String> PAYMENT_HEADER = List.of("id", "invoiceNumber", "memberNumber", "amount", "currency", "receivedOn",
            "method", "reference", "reversed", "reversedOn", "reversalReason");

    @Inject
    private MemberRepository memberRepository;

    @Inject
    private InvoiceRepository invoiceRepository;

    @Inject
    private MemberService members;

    @Inject
    private CountryCatalog countries;

    @Inject
    private RegistryCalendar calendar;

    /** Members with their addresses and contacts, by number: the import's format. */
    public Chunk members(Caller caller, Optional<Cursor> after) {
        caller.require(Role.SECRETARIAT);
        List<Member> found = memberRepository.after(afterId(after), Chunk.SIZE);
        return chunk(found, MemberColumns::rows, member -> Cursor.of("export-members", member.number().value()));
    }

    /** The public directory's columns, filtered and ordered as the directory is. */
    public Chunk directory(Caller caller, DirectoryQuery query, Optional<Cursor> after) {
        caller.require(Role.SECRETARIAT);
        Page<Member> page = members.directory(query, new PageRequest(Chunk.SIZE, after));
        List<List<String>> rows = page.items().stream().map(member -> List.of(member.number().toString(), member.legalName(),
                member.displayName(), member.category().name(), member.countryCode(),
                countries.continentCode(member.countryCode()), member.tier().code(), member.status().name(),
                member.joinedOn().toString(), member.website().orElse(""), member.description().orElse(""))).toList();
        return new Chunk(rows, page.next());
    }

    public Chunk invoices(Caller caller, Optional<Cursor> after) {
        caller.require(Role.SECRETARIAT);
        LocalDate today = calendar.today();
        List<Invoice> found = invoiceRepository.after(afterId(after), Chunk.SIZE);
        return chunk(found, invoice -> List.of(List.of(invoice.number().value(), invoice.member().number().toString(), String.valueOf(invoice.year()),
                invoice.amount().valueText(), invoice.amount().currency().getCurrencyCode(), invoice.paid().valueText(),
                invoice.balance().valueText(), invoice.issuedOn().toString(), invoice.dueOn().toString(), invoice.status().name(),
                String.valueOf(invoice.overdue(today)), invoice.closedOn().map(LocalDate::toString).orElse(""),
                invoice.closeReason().orElse(""))), invoice -> Cursor.of("export-invoices", invoice.id()));
    }

    public Chunk payments(Caller caller, Optional<Cursor> after) {
        caller.require(Role.SECRETARIAT);
        List<Payment> found = invoiceRepository.paymentsAfter(afterId(after), Chunk.SIZE);
        return chunk(found, payment -> List.of(List.of(String.valueOf(payment.id()), payment.invoice().number().value(),
                payment.invoice().member().number().toString(), payment.amount().valueText(), payment.amount().currency().getCurrencyCode(),
                payment.receivedOn().toString(), payment.method().name(), payment.reference().orElse(""), String.valueOf(payment.reversed()),
                payment.reversedOn().map(LocalDate::toString).orElse(""), payment.reversalReason().orElse(""))),
                payment -> Cursor.of("export-payments", payment.id()));
    }

    private static long afterId(Optional<Cursor> after) {
        return after.map(cursor -> cursor.longPart(0)).orElse(0L);
    }

    private static <T> Chunk chunk(List<T> items, Function<T, List<List<String>>> rows, Function<T, Cursor> cursorOf) {
        Optional<Cursor> next = items.size() < Chunk.SIZE ? Optional.empty() : Optional.of(cursorOf.apply(items.get(items.size() - 1)));
        return new Chunk(items.stream().flatMap(item -> rows.apply(item).stream()).toList(), next);
    }
}
