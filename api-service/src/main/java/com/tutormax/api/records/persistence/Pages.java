package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import io.r2dbc.spi.Readable;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Runs one page of a filtered list and its total count. */
final class Pages {

  private Pages() {}

  static <T> Mono<Page<T>> of(
      DatabaseClient db,
      String select,
      String from,
      Conditions conditions,
      String orderBy,
      PageRequest page,
      Function<Readable, T> row) {
    Mono<java.util.List<T>> items =
        conditions
            .bind(
                db.sql(
                    select
                        + " FROM "
                        + from
                        + conditions.where()
                        + " ORDER BY "
                        + orderBy
                        + " LIMIT :limit OFFSET :offset"))
            .bind("limit", page.size())
            .bind("offset", page.offset())
            .map(row::apply)
            .all()
            .collectList();
    Mono<Long> total =
        conditions
            .bind(db.sql("SELECT count(*) AS n FROM " + from + conditions.where()))
            .map(r -> r.get("n", Long.class))
            .one();
    return Mono.zip(items, total).map(t -> Page.of(t.getT1(), page, t.getT2()));
  }
}
