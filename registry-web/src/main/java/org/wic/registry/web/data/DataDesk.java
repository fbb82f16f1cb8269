package org.wic.registry.web.data;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.eclipse.microprofile.config.ConfigProvider;
import org.wic.registry.error.FieldError;
import org.wic.registry.exchange.ExportService;
import org.wic.registry.exchange.ImportStatus;
import org.wic.registry.exchange.MemberColumns;
import org.wic.registry.exchange.MemberImport;
import org.wic.registry.exchange.MemberImportRunner;
import org.wic.registry.exchange.MemberImportService;
import org.wic.registry.personaldata.PersonalDataService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.CsvDownload;
import org.wic.registry.web.support.Outcomes;
import org.wic.registry.web.support.PerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secretariat's data desk: the members CSV import (uploaded, checked whole: nothing written
 * unless every line is right, the problems by line and column), the CSV exports, and a person's
 * data looked up and erased.
 */
@Named
@ViewScoped
public class DataDesk implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MemberImportService imports;

    @Inject
    private MemberImportRunner runner;

    @Inject
    private ExportService exports;

    @Inject
    private PersonalDataService personalData;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private final PerRequest<Optional<MemberImport>> snapshot = new PerRequest<>();
    private transient Part file;
    private Long importId;
    private String email;
    private String erasureReason;
    private transient PersonalDataService.Held held;
    private boolean confirming;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("import:file", "data.import.noFile");
            return;
        }
        // the API's limit for the same file (REGISTRY_MAX_IMPORT_BYTES)
        long maxImportBytes = ConfigProvider.getConfig().getOptionalValue("registry.max-import-bytes", Long.class).orElse(52_428_800L);
        if (file.getSize() > maxImportBytes) {
            messages.error("import:file", "data.import.tooLarge", maxImportBytes / (1024 * 1024));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            Optional<MemberImportService.Staged> staged = outcomes.attempt(() -> imports.stage(signedIn.current(), content), Map.of());
            staged.ifPresent(accepted -> {
                importId = accepted.job().id();
                snapshot.forget();
                if (accepted.job().status() == ImportStatus.RUNNING) {
                    runner.launch(importId); // after the staging committed
                }
            });
        }
    }

    /** The import this page follows, read once per request: its status, errors and whether to poll again agree. */
    public Optional<MemberImport> getCurrentImport() {
        return snapshot.of(() -> Optional.ofNullable(importId).map(id -> imports.get(signedIn.current(), id)));
    }

    public boolean isImporting() {
        return getCurrentImport().filter(job -> job.status() == ImportStatus.RUNNING).isPresent();
    }

    public List<FieldError> getImportErrors() {
        return getCurrentImport().map(MemberImport::errors).orElse(List.of());
    }

    public void exportMembers() throws IOException {
        CsvDownload.stream("members.csv", MemberColumns.HEADER, after -> exports.members(signedIn.current(), after));
    }

    public void exportInvoices() throws IOException {
        CsvDownload.stream("invoices.csv", ExportService.INVOICE_HEADER, after -> exports.invoices(signedIn.current(), after));
    }

    public void exportPayments() throws IOException {
        CsvDownload.stream("payments.csv", ExportService.PAYMENT_HEADER, after -> exports.payments(signedIn.current(), after));
    }

    public void lookUp() {
        confirming = false;
        held = outcomes.attempt(() -> personalData.find(signedIn.current(), email), Map.of("email", "personal:email")).orElse(null);
    }

    /** The first click shows what will be erased; the second, confirmed, erases it. */
    public void askToErase() {
        lookUp();
        confirming = held != null;
    }

    public void erase() {
        outcomes.attempt(() -> personalData.erase(signedIn.current(), email, erasureReason), Map.of("email", "personal:email",
                "reason", "personal:reason")).ifPresent(erased -> {
                    messages.info("data.erased", erased.contacts(), erased.accounts(), erased.applications(), erased.auditEvents(), erased.erasureId());
                    held = null;
                    confirming = false;
                    erasureReason = null;
                });
    }

    public void cancelErasure() {
        confirming = false;
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getErasureReason() { return erasureReason; }
    public void setErasureReason(String erasureReason) { this.erasureReason = erasureReason; }
    public PersonalDataService.Held getHeld() { return held; }
    public boolean isConfirming() { return confirming; }
}
