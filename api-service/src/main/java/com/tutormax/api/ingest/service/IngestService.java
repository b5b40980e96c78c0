package com.tutormax.api.ingest.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.ingest.config.IngestProperties;
import com.tutormax.api.ingest.domain.BatchChecks;
import com.tutormax.api.ingest.domain.ItemOutcome;
import com.tutormax.api.ingest.domain.ParsedRecord;
import com.tutormax.api.ingest.domain.RecordKind;
import com.tutormax.api.ingest.domain.ReferenceChecks;
import com.tutormax.api.ingest.domain.ReferenceChecks.Wanted;
import com.tutormax.api.ingest.persistence.RecentlyIngested;
import com.tutormax.api.ingest.persistence.RecordStoreLookup;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.validation.EventValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * Takes real records from outside: reads each item, applies the contract's field rules
 * (EventValidator), refuses repeats within the request and references to unknown records, then
 * publishes the valid ones to the same topics as generated data, with source INGEST and an event id
 * derived from the natural id, and answers once the broker has acknowledged them.
 */
@Service
public class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final EventValidator validator;
  private final RecordStoreLookup store;
  private final RecentlyIngested recent;
  private final EventPublisher publisher;
  private final AuditLog audit;
  private final IngestProperties properties;

  public IngestService(
      RecordStoreLookup store,
      RecentlyIngested recent,
      EventPublisher publisher,
      AuditLog audit,
      IngestProperties properties,
      Clock clock) {
    this.validator = new EventValidator(clock);
    this.store = store;
    this.recent = recent;
    this.publisher = publisher;
    this.audit = audit;
    this.properties = properties;
  }

  /** Who sends the records, for the audit log: a user (admin) or an integration client. */
  public record Sender(UUID id, String name) {}

  /** The outcome of every item, in request order; only accepted items were published. */
  public Mono<List<ItemOutcome>> ingest(
      RecordKind kind, List<JsonNode> items, Sender sender, ClientInfo client) {
    List<ParsedRecord> read = items.stream().map(kind::read).map(this::applyRules).toList();
    List<ParsedRecord> checked = BatchChecks.flagRepeats(read, kind);
    return resolveReferences(checked)
        .flatMap(records -> publishValid(kind, records))
        .flatMap(outcomes -> audit(kind, outcomes, sender, client).thenReturn(outcomes));
  }

  private ParsedRecord applyRules(ParsedRecord record) {
    return record.event() == null ? record : record.withErrors(validator.validate(record.event()));
  }

  /** References resolve against the system of record, then against recently accepted records. */
  private Mono<List<ParsedRecord>> resolveReferences(List<ParsedRecord> records) {
    Wanted wanted =
        ReferenceChecks.wanted(
            records.stream().map(ParsedRecord::event).filter(Objects::nonNull).toList());
    if (wanted.isEmpty()) {
      return Mono.just(records);
    }
    return store
        .find(wanted)
        .flatMap(stored -> recent.find(wanted.without(stored)).map(stored::plus))
        .map(
            known ->
                records.stream()
                    .map(
                        r ->
                            r.event() == null
                                ? r
                                : r.withErrors(ReferenceChecks.check(r.event(), known)))
                    .toList());
  }

  private Mono<List<ItemOutcome>> publishValid(RecordKind kind, List<ParsedRecord> records) {
    List<ItemOutcome> outcomes = new ArrayList<>(records.size());
    List<TutorMaxEvent> accepted = new ArrayList<>();
    List<UUID> eventIds = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ParsedRecord record = records.get(i);
      if (record.valid()) {
        UUID eventId = kind.eventId(record.id());
        accepted.add(record.event());
        eventIds.add(eventId);
        outcomes.add(new ItemOutcome(i, record.id(), eventId, List.of()));
      } else {
        outcomes.add(new ItemOutcome(i, record.id(), null, record.errors()));
      }
    }
    if (accepted.isEmpty()) {
      return Mono.just(outcomes);
    }
    // All sends start at once, in request order (which keeps each tutor's order on its
    // partition); off the event loop, since a send can block while the producer fetches metadata.
    return Flux.range(0, accepted.size())
        .flatMap(i -> publisher.publish(accepted.get(i), eventIds.get(i)), accepted.size())
        .then()
        .subscribeOn(Schedulers.boundedElastic())
        .timeout(properties.publishTimeout())
        .onErrorMap(
            e -> {
              log.warn("Publishing {} ingested {} records failed", accepted.size(), kind, e);
              return new ResponseStatusException(
                  HttpStatus.SERVICE_UNAVAILABLE,
                  "The records could not be handed to the event backbone; sending the same"
                      + " request again is safe (records are deduplicated by their ids)");
            })
        .then(recent.remember(accepted, properties.referenceMemory()))
        .thenReturn(outcomes);
  }

  private Mono<Void> audit(
      RecordKind kind, List<ItemOutcome> outcomes, Sender sender, ClientInfo client) {
    long accepted = outcomes.stream().filter(ItemOutcome::accepted).count();
    return audit.record(
        new AuditEntry(
            sender.id(),
            sender.name(),
            "INGEST",
            kind.label(),
            null,
            accepted > 0 ? Outcome.SUCCESS : Outcome.FAILURE,
            client.ip(),
            client.userAgent(),
            accepted + " accepted, " + (outcomes.size() - accepted) + " rejected"));
  }
}
