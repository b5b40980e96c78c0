package com.tutormax.api.audit.web;

import com.tutormax.api.audit.domain.AuditQuery;
import com.tutormax.api.audit.domain.AuditRecord;
import com.tutormax.api.audit.service.AuditService;
import com.tutormax.api.audit.service.AuditService.Reader;
import com.tutormax.api.identity.service.ClientInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit log for admins: search, export (CSV or JSON lines) and the retention sweep. */
@RestController
@RequestMapping("/api/admin/audit")
@Tag(name = "Admin: audit", description = "Who did what, when, from where; admin only")
class AuditController {

  private final AuditService audit;

  AuditController(AuditService audit) {
    this.audit = audit;
  }

  private static Reader reader(Jwt jwt) {
    return new Reader(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
  }

  private static AuditQuery query(
      String actor,
      String action,
      String outcome,
      String targetType,
      String targetId,
      Instant from,
      Instant to,
      Long beforeId,
      int limit) {
    try {
      return new AuditQuery(
          actor, action, outcome, targetType, targetId, from, to, beforeId, limit);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping
  @Operation(summary = "Search entries, newest first; page with nextBeforeId")
  Mono<AuditService.Page> search(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String targetType,
      @RequestParam(required = false) String targetId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Long beforeId,
      @RequestParam(defaultValue = "100") int limit,
      ServerHttpRequest request) {
    return audit.search(
        reader(jwt),
        query(actor, action, outcome, targetType, targetId, from, to, beforeId, limit),
        ClientInfo.of(request));
  }

  @GetMapping("/export")
  @Operation(summary = "Every matching entry as CSV (format=csv) or JSON lines (format=json)")
  ResponseEntity<Flux<String>> export(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      ServerHttpRequest request) {
    AuditQuery query = query(actor, action, null, null, null, from, to, null, AuditQuery.MAX_LIMIT);
    Flux<AuditRecord> entries = audit.export(reader(jwt), query, ClientInfo.of(request));
    return switch (format) {
      case "csv" ->
          ResponseEntity.ok()
              .contentType(new MediaType("text", "csv"))
              .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit-log.csv")
              .body(
                  Flux.just(AuditRecord.csvHeader() + "\n")
                      .concatWith(entries.map(e -> e.csvLine() + "\n")));
      case "json" ->
          ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_NDJSON)
              .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit-log.ndjson")
              .body(
                  entries.map(
                      e ->
                          com.tutormax.common.events.EventJson.mapper().writeValueAsString(e)
                              + "\n"));
      default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is csv or json");
    };
  }

  @PostMapping("/retention")
  @Operation(summary = "Delete entries older than the retention period (3 years) now")
  Mono<AuditService.Sweep> retention(@AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return audit.applyRetention(reader(jwt), ClientInfo.of(request));
  }
}
