package com.tutormax.training.history.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.ChurnFeatures;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The models cannot see the generator's ground truth (archetypes, planned churn, leave days): it is
 * not on training's classpath, not among the topics training consumes, not in the events it reads,
 * and not among the features.
 */
class GroundTruthIsolationTest {

  /** Words of the ground truth's fields (generation's TutorTruth) and its archetypes' names. */
  private static final List<String> TRUTH_WORDS =
      List.of(
          "archetype",
          "behaviour",
          "behavior",
          "decline",
          "planned",
          "truth",
          "leftOn",
          "left_on",
          "churnReason",
          "high_performer",
          "at_risk",
          "steady",
          "churner");

  @Test
  void theGroundTruthIsNotOnTrainingsClasspath() {
    assertThatThrownBy(() -> Class.forName("com.tutormax.generation.simulation.domain.TutorTruth"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void trainingConsumesNoTopicOfTheGenerator() {
    List<String> topics = new ArrayList<>();
    for (Method method : IntakeListeners.class.getDeclaredMethods()) {
      KafkaListener listener = method.getAnnotation(KafkaListener.class);
      if (listener != null) {
        topics.addAll(List.of(listener.topics()));
      }
    }
    assertThat(topics)
        .containsExactlyInAnyOrder(
            Topics.TUTORS,
            Topics.TUTOR_DAYS,
            Topics.CHURN_DETECTED,
            Topics.SESSIONS,
            Topics.FEEDBACK,
            Topics.STUDENTS);
  }

  @Test
  void noEventTrainingReadsCarriesAGroundTruthField() {
    for (Class<?> event :
        List.of(TutorRegistered.class, TutorDayClosed.class, ChurnDetected.class)) {
      for (RecordComponent component : event.getRecordComponents()) {
        assertThat(isTruthLike(component.getName()))
            .as(event.getSimpleName() + "." + component.getName())
            .isFalse();
      }
    }
  }

  @Test
  void noFeatureIsAGroundTruthField() {
    assertThat(ChurnFeatures.names()).noneMatch(GroundTruthIsolationTest::isTruthLike);
  }

  @Test
  void theCheckWouldCatchATruthField() {
    assertThat(isTruthLike("tutor_archetype")).isTrue();
    assertThat(isTruthLike("plannedChurnOn")).isTrue();
    assertThat(isTruthLike("sessions_7d")).isFalse();
  }

  private static boolean isTruthLike(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return TRUTH_WORDS.stream().anyMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
  }
}
