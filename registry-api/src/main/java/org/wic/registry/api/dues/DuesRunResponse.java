package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.dues.DuesRun;
import org.wic.registry.dues.DuesRunProgress;

import java.time.Instant;
import java.util.List;

@Schema(name = "DuesRun", description = "A run invoicing the members of a year; summary once it has completed")
public record DuesRunResponse(
        @Schema(example = "150") long id,
        @Schema(example = "2027") int year,
        @Schema(description = "RUNNING, COMPLETED or FAILED", example = "RUNNING") String status,
        Progress progress,
        @Schema(description = "When COMPLETED") Summary summary,
        @Schema(example = "admin") String startedBy,
        @Schema(example = "2026-12-01T09:00:00Z") Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Why it stopped, when FAILED") String failure) {

    @Schema(name = "DuesRunProgress")
    public record Progress(@Schema(example = "80") long done, @Schema(example = "123") long total) {
    }

    @Schema(name = "DuesRunSummary")
    public record Summary(@Schema(description = "Invoices this run issued", example = "120") long issued,
                          @Schema(description = "Members skipped as invoiced for the year already", example = "3") long skipped,
                          @Schema(description = "What it issued, per currency", type = SchemaType.ARRAY, implementation = MoneyJson.class) List<MoneyJson> totals) {
    }

    static DuesRunResponse of(DuesRun run, DuesRunProgress progress) {
        Summary summary = run.status() == org.wic.registry.dues.DuesRunStatus.COMPLETED
                ? new Summary(progress.issued(), progress.skipped(), progress.issuedTotals().stream().map(MoneyJson::of).toList()) : null;
        return new DuesRunResponse(run.id(), run.year(), run.status().name(), new Progress(progress.done(), progress.total()), summary,
                run.startedBy(), run.startedAt(), run.finishedAt().orElse(null), run.failure().orElse(null));
    }
}
