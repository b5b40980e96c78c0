package com.tutormax.api.ingest.persistence;

import com.tutormax.api.ingest.domain.KnownRecords;
import com.tutormax.api.ingest.domain.KnownRecords.SessionParties;
import com.tutormax.api.ingest.domain.ReferenceChecks.Wanted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tutors, students and sessions this API accepted recently, in Redis for a while. Accepted records
 * reach the system of record through Kafka, a moment later; without this memory, sessions sent
 * right after their tutors would be refused as unknown. Shared by every api-service replica. Redis
 * is only a bridge: without it, references resolve against the store alone.
 */
@Component
public class RecentlyIngested {

  private static final Logger log = LoggerFactory.getLogger(RecentlyIngested.class);
  private static final String PREFIX = "ingest:known:";

  private final ReactiveStringRedisTemplate redis;

  public RecentlyIngested(ReactiveStringRedisTemplate redis) {
    this.redis = redis;
  }

  public Mono<KnownRecords> find(Wanted wanted) {
    if (wanted.isEmpty()) {
      return Mono.just(KnownRecords.none());
    }
    List<String> keys = new ArrayList<>();
    wanted.tutors().forEach(id -> keys.add(PREFIX + "tutor:" + id));
    wanted.students().forEach(id -> keys.add(PREFIX + "student:" + id));
    wanted.sessions().forEach(id -> keys.add(PREFIX + "session:" + id));
    return redis
        .opsForValue()
        .multiGet(keys)
        .map(values -> known(keys, values))
        .onErrorResume(
            e -> {
              log.warn(
                  "Recently ingested records unavailable ({}); using the store only", e.toString());
              return Mono.just(KnownRecords.none());
            });
  }

  private static KnownRecords known(List<String> keys, List<String> values) {
    Set<String> tutors = new HashSet<>();
    Set<String> students = new HashSet<>();
    Map<String, SessionParties> sessions = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String value = values.get(i);
      if (value == null) {
        continue;
      }
      String[] kindAndId = keys.get(i).substring(PREFIX.length()).split(":", 2);
      switch (kindAndId[0]) {
        case "tutor" -> tutors.add(kindAndId[1]);
        case "student" -> students.add(kindAndId[1]);
        default -> {
          String[] parties = value.split(" ", 2);
          sessions.put(kindAndId[1], new SessionParties(parties[0], parties[1]));
        }
      }
    }
    return new KnownRecords(tutors, students, sessions);
  }

  /** Remembers the accepted tutors, students and sessions for {@code ttl}. */
  public Mono<Void> remember(List<TutorMaxEvent> accepted, Duration ttl) {
    Map<String, String> entries = new HashMap<>();
    for (TutorMaxEvent event : accepted) {
      if (event instanceof TutorRegistered t) {
        entries.put(PREFIX + "tutor:" + t.tutorId(), "1");
      } else if (event instanceof StudentRegistered s) {
        entries.put(PREFIX + "student:" + s.studentId(), "1");
      } else if (event instanceof SessionRecorded s) {
        // Ids hold no spaces (EventValidator), so a space separates the two.
        entries.put(PREFIX + "session:" + s.sessionId(), s.tutorId() + " " + s.studentId());
      }
    }
    return Flux.fromIterable(entries.entrySet())
        .flatMap(e -> redis.opsForValue().set(e.getKey(), e.getValue(), ttl))
        .then()
        .onErrorResume(
            e -> {
              log.warn("Could not remember ingested records ({})", e.toString());
              return Mono.empty();
            });
  }
}
