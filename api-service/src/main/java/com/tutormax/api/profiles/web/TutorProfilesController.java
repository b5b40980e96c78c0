package com.tutormax.api.profiles.web;

import com.tutormax.api.profiles.domain.TutorListQuery;
import com.tutormax.api.profiles.domain.TutorProfile;
import com.tutormax.api.profiles.domain.TutorSort;
import com.tutormax.api.profiles.domain.TutorSummary;
import com.tutormax.api.profiles.service.TutorProfiles;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.TutorStatus;
import com.tutormax.api.records.service.Viewers;
import com.tutormax.api.records.web.RequestParams;
import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Staff's view of tutors (ADMIN, OPS_MANAGER, PEOPLE_OPS; SecurityConfiguration): the full profile
 * and the searchable list with tier and churn score. A tutor keeps GET /api/tutors and
 * /api/tutors/{id}, which carry no churn data.
 */
@RestController
@RequestMapping("/api/tutors")
@Tag(name = "Tutor profiles", description = "Profiles and the tutor list for staff")
class TutorProfilesController {

  private final TutorProfiles profiles;
  private final Viewers viewers;

  TutorProfilesController(TutorProfiles profiles, Viewers viewers) {
    this.profiles = profiles;
    this.viewers = viewers;
  }

  @GetMapping("/{id}/profile")
  @Operation(
      summary =
          "Identity and tenure, tier and metrics, churn score with window probabilities and"
              + " factors, flags, interventions, recent feedback and notes")
  Mono<TutorProfile> profile(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
    return viewers.of(jwt).flatMap(viewer -> profiles.profile(viewer, id));
  }

  @GetMapping("/overview")
  @Operation(
      summary =
          "Tutors with tier and churn score: search (q), filters risk, tier, subject,"
              + " tenure_min/tenure_max (days), status; sort score|name|tenure|tier|risk")
  Mono<Page<TutorSummary>> overview(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String risk,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) String subject,
      @RequestParam(name = "tenure_min", required = false) Integer tenureMin,
      @RequestParam(name = "tenure_max", required = false) Integer tenureMax,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "score") String sort,
      @RequestParam(required = false) String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    TutorSort named = RequestParams.oneOf(sort, TutorSort.class, "sort");
    TutorSort by = named == null ? TutorSort.SCORE : named;
    TutorStatus wanted = RequestParams.oneOf(status, TutorStatus.class, "status");
    TutorListQuery query =
        new TutorListQuery(
            ListParams.search(q),
            ListParams.many(risk, RiskLevel.class, "risk"),
            ListParams.many(tier, PerformanceTier.class, "tier"),
            RequestParams.subject(subject),
            ListParams.days(tenureMin, "tenure_min"),
            ListParams.days(tenureMax, "tenure_max"),
            wanted == null ? null : wanted.name(),
            by,
            ListParams.descending(order, by));
    PageRequest request = RequestParams.page(page, size);
    return viewers.of(jwt).flatMap(viewer -> profiles.list(viewer, query, request));
  }
}
