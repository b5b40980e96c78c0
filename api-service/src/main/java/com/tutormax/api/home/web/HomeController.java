package com.tutormax.api.home.web;

import com.tutormax.api.home.service.HomeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The ops home's data in one call; staff only (it shows churn scores). */
@RestController
@Tag(name = "Ops home", description = "KPIs, critical alerts, my queue, the churn trend")
class HomeController {

  private final HomeService home;

  HomeController(HomeService home) {
    this.home = home;
  }

  @GetMapping("/api/home")
  @Operation(
      summary =
          "KPIs (30 days), critical alerts with their open tasks, the caller's queue with SLAs, the"
              + " 30-day churn trend; refreshed every few seconds (refreshedAt)")
  Mono<HomeService.Home> get(@AuthenticationPrincipal Jwt jwt) {
    return home.home(userId(jwt));
  }

  /** A user's id (tokens api-service issues name the user); none for other subjects. */
  private static UUID userId(Jwt jwt) {
    try {
      return UUID.fromString(jwt.getSubject());
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
