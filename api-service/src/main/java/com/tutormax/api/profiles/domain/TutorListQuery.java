package com.tutormax.api.profiles.domain;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import java.util.Set;

/**
 * The staff list's filters (null or empty: no filter): a case-insensitive substring of id, name or
 * e-mail; risk levels; tiers; a subject taught; tenure in days (inclusive bounds); a status.
 */
public record TutorListQuery(
    String search,
    Set<RiskLevel> risk,
    Set<PerformanceTier> tiers,
    String subject,
    Integer minTenureDays,
    Integer maxTenureDays,
    String status,
    TutorSort sort,
    boolean descending) {}
