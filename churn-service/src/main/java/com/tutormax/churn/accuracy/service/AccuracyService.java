package com.tutormax.churn.accuracy.service;

import com.tutormax.churn.accuracy.domain.ServedAccuracy;
import com.tutormax.churn.accuracy.domain.ServedAccuracy.Report;
import com.tutormax.churn.accuracy.persistence.AccuracyStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Measures the served risk levels' accuracy over the stored history (see {@link ServedAccuracy}).
 */
@Service
public class AccuracyService {

  private final AccuracyStore store;
  private final TransactionalOperator transactions;

  public AccuracyService(AccuracyStore store, TransactionalOperator transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  /**
   * The accuracy of the rows as of {@code from} (null: the earliest) through {@code to} (null: the
   * last whose window is observed) for a window of {@code windowDays} days, read in one
   * transaction.
   */
  public Mono<Report> measure(int windowDays, LocalDate from, LocalDate to) {
    return store
        .lastKnownDay()
        .flatMap(
            last -> {
              LocalDate lastObserved = last.map(d -> d.minusDays(windowDays - 1L)).orElse(null);
              LocalDate until =
                  lastObserved == null || to == null || lastObserved.isBefore(to)
                      ? lastObserved
                      : to;
              if (until == null || (from != null && from.isAfter(until))) {
                return Mono.just(
                    ServedAccuracy.measure(
                        windowDays, last.orElse(null), from, to, List.of(), List.of(), Map.of()));
              }
              // One query after another: they share the transaction's connection.
              return store
                  .served(from, until)
                  .collectList()
                  .flatMap(
                      days ->
                          store
                              .overrides(from, until)
                              .collectList()
                              .flatMap(
                                  overrides ->
                                      store
                                          .churnDays()
                                          .map(
                                              churn ->
                                                  ServedAccuracy.measure(
                                                      windowDays,
                                                      last.get(),
                                                      from,
                                                      to,
                                                      days,
                                                      overrides,
                                                      churn))));
            })
        .as(transactions::transactional);
  }
}
