package com.tutormax.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Pins the JSON shape of every event to a golden file in {@code src/test/resources/contract}. A
 * change of shape is a deliberate act: bump the schema version and update the golden file (run with
 * {@code -Dcontract.update=true} to rewrite them, then review the diff).
 */
class EventContractTest {

  private static final Set<Class<?>> VERSION_2 =
      Set.of(
          Heartbeat.class,
          SessionRecorded.class,
          TutorDayClosed.class,
          PerformanceEvaluated.class,
          InterventionRecommended.class);

  static Iterable<TutorMaxEvent> examples() {
    return ContractExamples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void jsonShapeMatchesGoldenExample(TutorMaxEvent example) throws IOException {
    String name = EventCatalog.of(example).name();
    JsonNode actual = EventJson.mapper().readTree(EventJson.write(example));
    if (Boolean.getBoolean("contract.update")) {
      Path file = Path.of("src/test/resources/contract", name + ".json");
      Files.writeString(
          file,
          EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    JsonNode golden = EventJson.mapper().readTree(golden(name));
    assertThat(actual).as("JSON of %s", name).isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void goldenExampleDecodesToTheSameEvent(TutorMaxEvent example) throws IOException {
    String name = EventCatalog.of(example).name();
    assertThat(EventJson.read(golden(name), name)).isEqualTo(example);
  }

  @Test
  void everyCatalogTypeHasAnExampleAndEveryTopicAType() {
    Set<String> exampled =
        ContractExamples.all().stream()
            .map(e -> EventCatalog.of(e).name())
            .collect(Collectors.toSet());
    assertThat(exampled)
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.all().stream().map(EventType::name).toList());
    assertThat(EventCatalog.all().stream().map(EventType::topic).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(Topics.ALL);
  }

  @Test
  void schemaVersionsArePinned() {
    // Bump a version here together with its golden file when a type's shape changes.
    assertThat(EventCatalog.all())
        .allSatisfy(
            type ->
                assertThat(type.schemaVersion())
                    .as(type.name())
                    .isEqualTo(VERSION_2.contains(type.recordClass()) ? 2 : 1));
  }

  @Test
  void unknownFieldsFromANewerProducerAreIgnored() {
    byte[] json =
        ("{\"tutorId\":\"T-1\",\"change\":\"JOINED\",\"occurredAt\":\"2026-11-02T09:30:00Z\","
                + "\"reason\":null,\"source\":\"INGEST\",\"addedLater\":42}")
            .getBytes();
    TutorMaxEvent event = EventJson.read(json, "TutorLifecycleChanged");
    assertThat(event.key()).isEqualTo("T-1");
  }

  @Test
  void aVersion1TutorDayDecodesWithEmptyListsAndNoFirstSessionSignals() throws IOException {
    byte[] v1;
    try (InputStream in =
        EventContractTest.class.getResourceAsStream("/contract/v1/TutorDayClosed.json")) {
      v1 = in.readAllBytes();
    }
    TutorDayClosed day = (TutorDayClosed) EventJson.read(v1, "TutorDayClosed");
    assertThat(day.messageResponses()).isEqualTo(6);
    assertThat(day.responseMinutes()).isEmpty();
    assertThat(day.subjects()).isEmpty();
    assertThat(day.firstSessionsPoorlyRated()).isZero();
    assertThat(day.firstSessionsNotRecommended()).isZero();
    assertThat(day.firstSessionLateStarts()).isZero();
  }

  @Test
  void aVersion1PerformanceEvaluationDecodesWithoutAnOpenDay() throws IOException {
    byte[] v1;
    try (InputStream in =
        EventContractTest.class.getResourceAsStream("/contract/v1/PerformanceEvaluated.json")) {
      v1 = in.readAllBytes();
    }
    PerformanceEvaluated evaluated =
        (PerformanceEvaluated) EventJson.read(v1, "PerformanceEvaluated");
    assertThat(evaluated.score()).isEqualTo(61.5);
    assertThat(evaluated.openDay()).isNull();
  }

  @Test
  void aVersion1RecommendationDecodesWithoutPriorityOrDueDate() throws IOException {
    byte[] v1;
    try (InputStream in =
        EventContractTest.class.getResourceAsStream("/contract/v1/InterventionRecommended.json")) {
      v1 = in.readAllBytes();
    }
    InterventionRecommended r =
        (InterventionRecommended) EventJson.read(v1, "InterventionRecommended");
    assertThat(r.interventionType()).isEqualTo("H1_MANAGER_COACHING");
    assertThat(r.priority()).isNull();
    assertThat(r.dueAt()).isNull();
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in =
        EventContractTest.class.getResourceAsStream("/contract/" + name + ".json")) {
      assertThat(in).as("golden file contract/%s.json", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
