package org.sepakat.api.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "X-1: who changed what and when, for every record")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
public class HistoryResource {

    public record HistoryDto(
            Long id,
            String recordType,
            Long recordId,
            String recordKey,
            ChangeKind change,
            String field,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt) {
        static HistoryDto of(HistoryEntry h) {
            return new HistoryDto(
                    h.getId(),
                    h.getRecordType(),
                    h.getRecordId(),
                    h.getRecordKey(),
                    h.getChangeKind(),
                    h.getFieldName(),
                    h.getOldValue(),
                    h.getNewValue(),
                    h.getChangedBy(),
                    h.getChangedAt());
        }
    }

    @Inject
    History history;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "Search the whole history (auditors, administrators)",
            description =
                    "Filters: recordType, changeKind (exact); recordKey, changedBy, fieldName (contains); changedFrom"
                            + " (inclusive), changedBefore (exclusive), ISO-8601 instants such as 2026-12-01T00:00:00Z."
                            + " Newest first.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(
                        name = "recordType",
                        description = "The kind of record, exactly (Customer, ServiceLevelAgreement...)",
                        example = "Customer"),
                @ListQuery.Filter(
                        name = "changeKind",
                        description = "The kind of change, exactly",
                        example = "CHANGED",
                        values = ChangeKind.class),
                @ListQuery.Filter(
                        name = "recordKey",
                        description = "The record's business key contains this",
                        example = "FIN"),
                @ListQuery.Filter(
                        name = "changedBy",
                        description = "The user name of who changed it contains this",
                        example = "slaman"),
                @ListQuery.Filter(
                        name = "fieldName",
                        description = "A changed field's name contains this",
                        example = "status"),
                @ListQuery.Filter(
                        name = "changedFrom",
                        description = "Changed at or after this instant (inclusive)",
                        example = "2026-12-01T00:00:00Z",
                        format = "date-time"),
                @ListQuery.Filter(
                        name = "changedBefore",
                        description = "Changed before this instant (exclusive)",
                        example = "2026-12-02T00:00:00Z",
                        format = "date-time")
            },
            sort = {"changedAt", "recordType", "recordKey", "changedBy", "fieldName"},
            defaultSort = "-changedAt")
    public Paging.PageDto<HistoryDto> search() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(history.search(request), request, HistoryDto::of);
    }
}
