package org.wic.registry.api.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.problem.Problem;
import org.wic.registry.exchange.ImportStatus;
import org.wic.registry.exchange.MemberImport;

import java.time.Instant;
import java.util.List;

@Schema(name = "MemberImport", description = "A members import: its progress over the file's lines, then what it wrote (COMPLETED) or every "
        + "problem of the file by line and column (FAILED, nothing written)")
public record MemberImportResponse(
        @Schema(example = "150") long id,
        @Schema(description = "RUNNING, COMPLETED or FAILED", example = "RUNNING") String status,
        Progress progress,
        @Schema(description = "Members written, when COMPLETED", example = "2") Integer written,
        @Schema(description = "Their contacts, when COMPLETED", example = "3") Integer contacts,
        @Schema(description = "Why nothing was written, when FAILED: each problem with its line (the header being line 1) and column",
                type = SchemaType.ARRAY, implementation = Problem.FieldProblem.class)
        List<Problem.FieldProblem> errors,
        @Schema(example = "admin") String startedBy,
        @Schema(example = "2026-12-01T09:00:00Z") Instant startedAt,
        Instant finishedAt) {

    @Schema(name = "MemberImportProgress", description = "Lines of the file checked and written so far, of all its lines after the header")
    public record Progress(@Schema(example = "2000") long done, @Schema(example = "99000") long total) {
    }

    static MemberImportResponse of(MemberImport job) {
        boolean completed = job.status() == ImportStatus.COMPLETED;
        List<Problem.FieldProblem> errors = job.status() == ImportStatus.FAILED
                ? job.errors().stream().map(error -> new Problem.FieldProblem(error.line().orElse(null), error.field(), error.message())).toList()
                : null;
        return new MemberImportResponse(job.id(), job.status().name(), new Progress(job.doneLines(), job.totalLines()),
                completed ? job.membersWritten().orElse(0) : null, completed ? job.contactsWritten().orElse(0) : null, errors, job.startedBy(),
                job.startedAt(), job.finishedAt().orElse(null));
    }
}
