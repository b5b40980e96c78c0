package com.tutormax.api.deadletters.service;

import com.tutormax.api.deadletters.domain.DeadLetter;
import com.tutormax.api.deadletters.domain.DeadLetterTopic;
import com.tutormax.api.deadletters.domain.Origin;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The fleet's dead-letter topics ({@code <topic>.DLT}): what they hold, and replaying them to the
 * topics they came from once the cause is fixed. Replay is safe to repeat: every consumer skips an
 * event id it has already handled. What has been replayed is marked by the committed offsets of one
 * consumer group, so a second replay sends only what came since.
 */
@Service
public class DeadLetterService {

  /** The group whose committed offsets mark how far each dead-letter partition was replayed. */
  public static final String REPLAY_GROUP = "tutormax-dlt-replay";

  /** Set on a replayed record: the dead letter it was. */
  public static final String REPLAYED_FROM = "tm-replayed-from";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int PREVIEW = 300;

  private final KafkaProperties kafka;

  public DeadLetterService(KafkaProperties kafka) {
    this.kafka = kafka;
  }

  /** Every dead-letter topic with its totals. */
  public Mono<List<DeadLetterTopic>> topics() {
    return blocking(
        () -> {
          try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
            List<String> topics =
                admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(Topics.DLT_SUFFIX))
                    .sorted()
                    .toList();
            List<DeadLetterTopic> result = new ArrayList<>();
            for (String topic : topics) {
              Offsets o = offsets(admin, topic);
              long total = 0;
              long pending = 0;
              for (TopicPartition p : o.partitions()) {
                total += o.latest(p) - o.earliest(p);
                pending += o.latest(p) - o.replayedTo(p);
              }
              result.add(new DeadLetterTopic(topic, origin(topic), total, pending));
            }
            return result;
          }
        });
  }

  /** A topic's records, oldest first: those not yet replayed, or all. */
  public Mono<List<DeadLetter>> records(String topic, boolean all, int limit) {
    return blocking(
        () -> {
          try (Admin admin = Admin.create(kafka.buildAdminProperties());
              KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Offsets o = offsets(admin, topic);
            List<DeadLetter> found = new ArrayList<>();
            for (TopicPartition p : o.partitions()) {
              long from = all ? o.earliest(p) : o.replayedTo(p);
              for (ConsumerRecord<byte[], byte[]> r : read(consumer, p, from, o.latest(p))) {
                if (found.size() >= limit) {
                  return found;
                }
                found.add(deadLetter(r, r.offset() < o.replayedTo(p)));
              }
            }
            return found;
          }
        });
  }

  /**
   * Sends every record of {@code topic} not yet replayed back to where it came from, then marks
   * them replayed. Returns how many went to each origin topic.
   */
  public Mono<Map<String, Integer>> replay(String topic) {
    return blocking(
        () -> {
          synchronized (this) {
            try (Admin admin = Admin.create(kafka.buildAdminProperties());
                KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
              Offsets o = offsets(admin, topic);
              Map<String, Integer> sent = new HashMap<>();
              for (TopicPartition p : o.partitions()) {
                long end = o.latest(p);
                List<ConsumerRecord<byte[], byte[]>> records =
                    read(consumer, p, o.replayedTo(p), end);
                for (ConsumerRecord<byte[], byte[]> r : records) {
                  ProducerRecord<byte[], byte[]> back = backToOrigin(r);
                  producer.send(back).get(30, TimeUnit.SECONDS);
                  sent.merge(back.topic(), 1, Integer::sum);
                }
                if (end > o.replayedTo(p)) {
                  consumer.commitSync(Map.of(p, new OffsetAndMetadata(end)), TIMEOUT);
                }
              }
              return sent;
            }
          }
        });
  }

  /** Whether a topic is a dead-letter topic of this fleet's broker. */
  public Mono<Boolean> exists(String topic) {
    return blocking(
        () -> {
          try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
            return topic.endsWith(Topics.DLT_SUFFIX)
                && admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
          }
        });
  }

  private static ProducerRecord<byte[], byte[]> backToOrigin(ConsumerRecord<byte[], byte[]> r) {
    Origin origin =
        Origin.parse(header(r.headers(), EventHeaders.DLT_ORIGIN))
            .orElse(new Origin(origin(r.topic()), r.partition(), -1));
    Headers headers = new RecordHeaders();
    for (Header h : r.headers()) {
      String key = h.key();
      boolean deadLetterOnly =
          key.equals(EventHeaders.DLT_REASON)
              || key.equals(EventHeaders.DLT_ORIGIN)
              || key.equals(EventHeaders.DLT_GROUP)
              || key.startsWith("kafka_dlt-");
      if (!deadLetterOnly) {
        headers.add(h);
      }
    }
    headers.add(
        REPLAYED_FROM,
        (r.topic() + "-" + r.partition() + "@" + r.offset()).getBytes(StandardCharsets.UTF_8));
    // By key, as the record was first sent; a record without a key to its old partition.
    Integer partition = r.key() == null ? origin.partition() : null;
    return new ProducerRecord<>(origin.topic(), partition, r.key(), r.value(), headers);
  }

  private static DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> r, boolean replayed) {
    String group = header(r.headers(), EventHeaders.DLT_GROUP);
    if (group == null) {
      group = header(r.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
    }
    return new DeadLetter(
        r.topic(),
        r.partition(),
        r.offset(),
        Instant.ofEpochMilli(r.timestamp()),
        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
        header(r.headers(), EventHeaders.DLT_ORIGIN),
        header(r.headers(), EventHeaders.DLT_REASON),
        group,
        header(r.headers(), EventHeaders.EVENT_TYPE),
        header(r.headers(), EventHeaders.EVENT_ID),
        preview(r.value()),
        replayed);
  }

  private static String preview(byte[] value) {
    if (value == null) {
      return null;
    }
    String text = new String(value, StandardCharsets.UTF_8);
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
  }

  private static String header(Headers headers, String key) {
    Header h = headers.lastHeader(key);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static String origin(String deadLetterTopic) {
    return deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DLT_SUFFIX.length());
  }

  private static List<ConsumerRecord<byte[], byte[]>> read(
      KafkaConsumer<byte[], byte[]> consumer, TopicPartition p, long from, long to) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    if (from >= to) {
      return records;
    }
    consumer.assign(List.of(p));
    consumer.seek(p, from);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    long next = from;
    while (next < to && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500)).records(p)) {
        if (r.offset() < to) {
          records.add(r);
        }
        next = r.offset() + 1;
      }
      // Transaction markers take offsets without records: stop once the position passes the end.
      next = Math.max(next, consumer.position(p));
    }
    if (next < to) {
      throw new IllegalStateException("Reading " + p + " up to " + to + " timed out at " + next);
    }
    return records;
  }

  private Offsets offsets(Admin admin, String topic) throws Exception {
    TopicDescription description =
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
    List<TopicPartition> partitions =
        description.partitions().stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    Map<TopicPartition, Long> earliest = listOffsets(admin, partitions, OffsetSpec.earliest());
    Map<TopicPartition, Long> latest = listOffsets(admin, partitions, OffsetSpec.latest());
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(REPLAY_GROUP)
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS);
    return new Offsets(partitions, earliest, latest, committed);
  }

  private static Map<TopicPartition, Long> listOffsets(
      Admin admin, List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
    return admin
        .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
        .all()
        .get(30, TimeUnit.SECONDS)
        .entrySet()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Map<String, Object> config = kafka.buildConsumerProperties();
    config.put(ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return new KafkaConsumer<>(config);
  }

  private KafkaProducer<byte[], byte[]> producer() {
    Map<String, Object> config = kafka.buildProducerProperties();
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(config);
  }

  private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }

  /** A dead-letter topic's partitions with their offsets and how far they were replayed. */
  private record Offsets(
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> earliestOffsets,
      Map<TopicPartition, Long> latestOffsets,
      Map<TopicPartition, OffsetAndMetadata> committed) {

    long earliest(TopicPartition p) {
      return earliestOffsets.getOrDefault(p, 0L);
    }

    long latest(TopicPartition p) {
      return latestOffsets.getOrDefault(p, 0L);
    }

    long replayedTo(TopicPartition p) {
      OffsetAndMetadata c = committed.get(p);
      return Math.max(earliest(p), c == null ? 0 : c.offset());
    }
  }
}
