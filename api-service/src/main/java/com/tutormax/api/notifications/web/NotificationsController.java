package com.tutormax.api.notifications.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.notifications.domain.Notification;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.NotificationQuery;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Reader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The notices, for admins: what was recorded and how its delivery stands (with no SMTP server
 * configured this is where they are read); each read and each retry is audited.
 */
@RestController
@Tag(name = "Admin: notifications", description = "Notices recorded for people; admin only")
class NotificationsController {

  private final NotificationService notifications;

  NotificationsController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/admin/notifications")
  @Operation(
      summary =
          "Recorded notices with their delivery status, newest first, by kind and recipient"
              + " (email or id)")
  Flux<Notification> list(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String recipient,
      @RequestParam(defaultValue = "100") int limit,
      ServerHttpRequest request) {
    return notifications.search(reader(jwt), query(kind, recipient, limit), ClientInfo.of(request));
  }

  @PostMapping("/api/admin/notifications/{id}/retry")
  @Operation(
      summary = "Puts a FAILED notice back in the delivery queue (404 unknown, 409 not FAILED)")
  Mono<Notification> retry(
      @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, ServerHttpRequest request) {
    return notifications.retry(reader(jwt), id, ClientInfo.of(request));
  }

  private static Reader reader(Jwt jwt) {
    return new Reader(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
  }

  private static NotificationQuery query(String kind, String recipient, int limit) {
    try {
      return new NotificationQuery(kind(kind), recipient, limit);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static NotificationKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return NotificationKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "kind is one of " + Arrays.toString(NotificationKind.values()));
    }
  }
}
