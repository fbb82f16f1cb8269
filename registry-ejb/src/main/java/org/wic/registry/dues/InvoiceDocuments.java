package org.wic.registry.dues;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.caller.Caller;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.member.Address;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberAccess;
import org.wic.registry.notification.Attachment;
import org.wic.registry.notification.AttachmentSource;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.MessageTemplates;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Invoices and receipts as PDF, from the XHTML templates {@code documents/invoice.xhtml} and
 * {@code documents/receipt.xhtml} (Thymeleaf, then openhtmltopdf): the WIC's name, address and bank
 * details from configuration (REGISTRY_ISSUER_NAME, REGISTRY_ISSUER_ADDRESS, REGISTRY_BANK_DETAILS),
 * the member's legal name and address, the amounts, payments and balance. The fonts
 * (REGISTRY_PDF_FONT for Latin, REGISTRY_PDF_CJK_FONT for Chinese, Japanese and Korean; TrueType
 * files) are embedded, subset, so every name renders wherever the PDF is opened.
 */
@ApplicationScoped
public class InvoiceDocuments implements AttachmentSource {

    private static final Logger LOG = Logger.getLogger(InvoiceDocuments.class.getName());
    private static final String INVOICE = "invoice:";
    private static final String RECEIPT = "receipt:";
    private static final String PDF = "application/pdf";

    @Inject
    private InvoiceRepository repository;

    @Inject
    private MessageTemplates templates;

    @Inject
    private CountryCatalog countries;

    @Inject
    @ConfigProperty(name = "registry.issuer-name", defaultValue = "World Internet Conference")
    private String issuerName;

    @Inject
    @ConfigProperty(name = "registry.issuer-address", defaultValue = "Wuzhen, Tongxiang, Zhejiang, China")
    private String issuerAddress;

    @Inject
    @ConfigProperty(name = "registry.bank-details", defaultValue = "Bank details: set REGISTRY_BANK_DETAILS")
    private String bankDetails;

    @Inject
    @ConfigProperty(name = "registry.pdf-font", defaultValue = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    private String latinFont;

    @Inject
    @ConfigProperty(name = "registry.pdf-cjk-font", defaultValue = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    private String cjkFont;

    public static String invoiceReference(InvoiceNumber number) {
        return INVOICE + number.value();
    }

    public static String receiptReference(long paymentId) {
        return RECEIPT + paymentId;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Attachment> attachment(String reference, Language language) {
        if (reference.startsWith(INVOICE)) {
            return InvoiceNumber.parse(reference.substring(INVOICE.length())).flatMap(repository::find)
                    .map(invoice -> new Attachment(invoice.number().value() + ".pdf", PDF, invoice(invoice, language)));
        }
        if (reference.startsWith(RECEIPT)) {
            try {
                return repository.payment(Long.parseLong(reference.substring(RECEIPT.length())))
                        .map(payment -> new Attachment("receipt-" + payment.invoice().number().value() + "-" + payment.id() + ".pdf", PDF,
                                receipt(payment, language)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The invoice's PDF for whoever may read the invoice (the secretariat, the member's representatives); for anyone else it does not exist. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<byte[]> invoicePdf(Caller caller, InvoiceNumber number) {
        return repository.find(number).filter(invoice -> MemberAccess.canSeePrivate(caller, invoice.member()))
                .map(invoice -> invoice(invoice, invoice.member().language()));
    }

    /** The payment's receipt, with the same access rules as its invoice. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<byte[]> receiptPdf(Caller caller, long paymentId) {
        return repository.payment(paymentId).filter(payment -> MemberAccess.canSeePrivate(caller, payment.invoice().member()))
                .map(payment -> receipt(payment, payment.invoice().member().language()));
    }

    byte[] invoice(Invoice invoice, Language language) {
        return pdf(templates.document("invoice", language, common(invoice, language)));
    }

    byte[] receipt(Payment payment, Language language) {
        Map<String, Object> variables = common(payment.invoice(), language);
        variables.put("paymentAmount", payment.amount().toString());
        variables.put("paymentReceivedOn", payment.receivedOn().toString());
        variables.put("paymentMethod", payment.method().name());
        variables.put("paymentReference", payment.reference().orElse(""));
        return pdf(templates.document("receipt", language, variables));
    }

    /** What the templates show, as text: Thymeleaf 3.1's expressions may not call into java.* types. */
    private Map<String, Object> common(Invoice invoice, Language language) {
        Member member = invoice.member();
        Map<String, Object> variables = new HashMap<>();
        variables.put("lang", language.code());
        variables.put("issuerName", issuerName);
        variables.put("issuerAddress", lines(issuerAddress));
        variables.put("bankDetails", lines(bankDetails));
        variables.put("invoiceNumber", invoice.number().value());
        variables.put("issuedOn", invoice.issuedOn().toString());
        variables.put("dueOn", invoice.dueOn().toString());
        variables.put("status", templates.words(language).get("document.status." + invoice.status().name()));
        variables.put("memberName", member.legalName());
        variables.put("memberNumber", member.number().toString());
        variables.put("memberAddress", address(member));
        variables.put("duesLine", templates.words(language).fill("document.dues", Map.of("year", String.valueOf(invoice.year()), "tier", member.tier().name())));
        variables.put("amount", invoice.amount().toString());
        variables.put("paid", invoice.paid().toString());
        variables.put("balance", invoice.balance().toString());
        variables.put("payments", invoice.payments().stream().filter(payment -> !payment.reversed())
                .map(payment -> Map.of("receivedOn", payment.receivedOn().toString(), "method", payment.method().name(),
                        "reference", payment.reference().orElse(""), "amount", payment.amount().toString()))
                .toList());
        return variables;
    }

    private List<String> address(Member member) {
        var lines = new ArrayList<String>();
        member.address().ifPresent(address -> {
            address.street().ifPresent(street -> lines.addAll(lines(street)));
            lines.add(String.join(" ", address.postalCode().orElse(""), address.city()).strip());
            address.region().ifPresent(lines::add);
            lines.add(countryName(address));
        });
        if (member.address().isEmpty()) {
            lines.add(countries.country(member.countryCode()).map(country -> country.name()).orElse(member.countryCode()));
        }
        return lines;
    }

    private String countryName(Address address) {
        return countries.country(address.countryCode()).map(country -> country.name()).orElse(address.countryCode());
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\\n", "\n").split("\\R"));
    }

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
    }

    private byte[] pdf(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, latinFont, "Registry Sans");
            File bold = new File(latinFont.replace(".ttf", "-Bold.ttf"));
            if (bold.isFile()) {
                builder.useFont(bold, "Registry Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            font(builder, cjkFont, "Registry CJK");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String path, String family) {
        File file = new File(path);
        if (file.isFile()) {
            builder.useFont(file, family);
        } else {
            LOG.warning(() -> "PDF font " + path + " not found: text it would show falls back to a built-in font (set REGISTRY_PDF_FONT / REGISTRY_PDF_CJK_FONT,"
                    + " or install Debian's fonts-dejavu-core and fonts-droid-fallback).");
        }
    }
}
