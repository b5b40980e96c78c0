package com.tutormax.api.profiles.service;

import com.tutormax.api.records.domain.Feedback;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.FeedbackQuery;
import com.tutormax.api.records.domain.Viewer;
import com.tutormax.api.records.persistence.FeedbackStore;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A tutor's newest feedback as the viewer may see it, by the records' rules: staff get the
 * student's id (the name only through GET /api/students/{id}, which is audited), the tutor themself
 * gets ratings and comments without student or session (FERPA), anyone else nothing.
 */
@Component
public class RecentFeedback {

  private final FeedbackStore feedback;

  public RecentFeedback(FeedbackStore feedback) {
    this.feedback = feedback;
  }

  public Mono<List<Feedback>> of(Viewer viewer, String tutorId, int limit) {
    if (!viewer.maySee(tutorId)) {
      return Mono.just(List.of());
    }
    return feedback
        .page(new FeedbackQuery(tutorId, null, null), new PageRequest(0, limit))
        .map(page -> viewer.staff() ? page.items() : page.map(Feedback::withoutStudent).items());
  }
}
