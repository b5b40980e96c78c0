package com.tutormax.api.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads an ingestion request's body as a JSON tree, within the route's own size limit (larger than
 * the fleet-wide codec limit, which this bypasses by reading the body itself). Syntax errors are
 * 400 with where they are; everything about the records' content is left to the field checks.
 */
final class IngestBody {

  // A repeated key would silently keep one of two values: refuse it as malformed instead.
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private IngestBody() {}

  static Mono<JsonNode> read(ServerHttpRequest request, long maxBytes) {
    return DataBufferUtils.join(request.getBody(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
        .onErrorMap(
            DataBufferLimitException.class,
            e ->
                new ResponseStatusException(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes"))
        .map(IngestBody::parse)
        .filter(tree -> !tree.isMissingNode())
        .switchIfEmpty(
            Mono.error(
                () ->
                    badRequest(
                        "The request body is empty; send a JSON object or an array of objects")));
  }

  private static JsonNode parse(DataBuffer buffer) {
    try (InputStream in = buffer.asInputStream(true)) {
      JsonNode tree = JSON.readTree(in);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw badRequest(
          "The request body is not valid JSON"
              + (at == null || at.getLineNr() < 1
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
