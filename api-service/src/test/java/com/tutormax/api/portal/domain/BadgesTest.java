package com.tutormax.api.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.portal.domain.Badges.Badge;
import com.tutormax.api.portal.domain.Badges.NextBadge;
import org.junit.jupiter.api.Test;

class BadgesTest {

  @Test
  void earnedBadgesClimbEachLadderAndTheNextStepShowsHowFarAlong() {
    Badges.Board board = Badges.of(new Milestones(55, 100, 9, 10, 8));

    assertThat(board.earned())
        .extracting(Badge::code)
        .containsExactly(
            "SESSIONS_10", "SESSIONS_50", "TENURE_30", "TENURE_90", "FIRST_IMPRESSIONS");
    assertThat(board.earned().get(1).title()).isEqualTo("50 sessions");
    assertThat(board.next())
        .containsExactly(
            new NextBadge("SESSIONS_100", "100 sessions", 55, 100),
            new NextBadge("TENURE_180", "180 days with us", 100, 180),
            new NextBadge("FIVE_STARS_10", "10 five-star ratings", 9, 10));
  }

  @Test
  void aLadderAtItsTopHasNoNextStep() {
    Badges.Board board = Badges.of(new Milestones(1000, 365, 250, 0, 0));

    assertThat(board.earned()).hasSize(6 + 4 + 4);
    assertThat(board.next()).isEmpty();
  }

  @Test
  void firstImpressionsNeedTenRatedFirstSessionsOfWhichEightInTenRatedFourOrMore() {
    assertThat(codes(new Milestones(0, 0, 0, 10, 8))).contains("FIRST_IMPRESSIONS");
    assertThat(codes(new Milestones(0, 0, 0, 10, 7))).doesNotContain("FIRST_IMPRESSIONS");
    assertThat(codes(new Milestones(0, 0, 0, 9, 9))).doesNotContain("FIRST_IMPRESSIONS");
  }

  @Test
  void aNewTutorHasNoBadgeYetAndAFirstStepOnEveryLadder() {
    Badges.Board board = Badges.of(new Milestones(0, 0, 0, 0, 0));

    assertThat(board.earned()).isEmpty();
    assertThat(board.next())
        .extracting(NextBadge::code)
        .containsExactly("SESSIONS_10", "TENURE_30", "FIVE_STARS_10");
  }

  private static java.util.List<String> codes(Milestones m) {
    return Badges.of(m).earned().stream().map(Badge::code).toList();
  }
}
