package com.tutormax.api.records.web;

import com.tutormax.api.records.domain.RecordCounts;
import com.tutormax.api.records.service.RecordReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** How much the system of record holds, to compare with what was generated or ingested. */
@RestController
@Tag(name = "Records: counts", description = "Rows per table and source")
class RecordCountsController {

  private final RecordReader reader;

  RecordCountsController(RecordReader reader) {
    this.reader = reader;
  }

  @GetMapping("/api/records/counts")
  @Operation(summary = "Rows per record table, in total and per source (SYNTHETIC, INGEST)")
  Mono<RecordCounts> counts() {
    return reader.counts();
  }
}
