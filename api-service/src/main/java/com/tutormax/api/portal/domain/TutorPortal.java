package com.tutormax.api.portal.domain;

import com.tutormax.api.records.domain.Feedback;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a tutor sees of themself: their tier (never a churn score or risk), the last 7 days next to
 * the 7 before, the daily rating trend of the last 30 days, where they stand among peers
 * (anonymised), badges, recommended training and recent feedback without students' identities.
 */
public record TutorPortal(
    String tutorId,
    String firstName,
    LocalDate joinedOn,
    long tenureDays,
    Tier tier,
    PeriodStats thisWeek,
    PeriodStats previousWeek,
    List<RatingDay> ratingTrend,
    PeerRank peerRank,
    Badges.Board badges,
    List<TrainingCatalogue.Recommendation> training,
    List<Feedback> recentFeedback) {

  /** The tutor's performance tier, the one before it and when it was judged; null until then. */
  public record Tier(String tier, String previousTier, Instant asOf) {}
}
