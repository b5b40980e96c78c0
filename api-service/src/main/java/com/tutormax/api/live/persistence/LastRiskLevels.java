package com.tutormax.api.live.persistence;

import com.tutormax.common.domain.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Each tutor's last pushed risk level, in Redis so that every api-service instance (and a restarted
 * one) agrees on what is new: a tutor becomes critical once, not once per instance or restart. An
 * older prediction (a redelivery) never replaces a newer one.
 */
@Repository
public class LastRiskLevels {

  private static final String PREFIX = "tutormax:live:level:";
  private static final Duration KEEP = Duration.ofDays(7);

  /** Stored as "epochMillis|LEVEL"; returns "STALE", or the previous level ("" if none). */
  private static final RedisScript<String> SWAP =
      RedisScript.of(
          """
          local current = redis.call('GET', KEYS[1])
          if current then
            local sep = string.find(current, '|', 1, true)
            if tonumber(string.sub(current, 1, sep - 1)) > tonumber(ARGV[1]) then
              return 'STALE'
            end
          end
          redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'EX', ARGV[3])
          if current then
            return string.sub(current, string.find(current, '|', 1, true) + 1)
          end
          return ''
          """,
          String.class);

  /** What a new level replaced. */
  public sealed interface Swap {}

  /** The new level is stored; the tutor had this one before (empty: none known). */
  public record Replaced(Optional<RiskLevel> previous) implements Swap {}

  /** A newer level was already stored: this one is old news. */
  public record Stale() implements Swap {}

  private final ReactiveStringRedisTemplate redis;

  public LastRiskLevels(ReactiveStringRedisTemplate redis) {
    this.redis = redis;
  }

  public Mono<Swap> swap(String tutorId, Instant asOf, RiskLevel level) {
    return redis
        .execute(
            SWAP,
            List.of(PREFIX + tutorId),
            List.of(
                Long.toString(asOf.toEpochMilli()), level.name(), Long.toString(KEEP.toSeconds())))
        .next()
        .map(
            previous ->
                switch (previous) {
                  case "STALE" -> (Swap) new Stale();
                  case "" -> new Replaced(Optional.empty());
                  default -> new Replaced(Optional.of(RiskLevel.valueOf(previous)));
                });
  }
}
