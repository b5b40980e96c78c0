package com.tutormax.api.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and timings of the ingestion API.
 *
 * @param maxBatchSize records in one request
 * @param maxBodySize request body limit of /api/ingest/** (also set as its path limit in
 *     tutormax.web.body-limits, and at the gateway)
 * @param publishTimeout how long a request waits for the broker to acknowledge its records
 * @param referenceMemory how long accepted tutors, students and sessions count as known before the
 *     system of record has stored them (bridges the consumer's lag)
 * @param clientTokenTtl lifetime of an integration client's access token
 */
@ConfigurationProperties("tutormax.ingest")
public record IngestProperties(
    int maxBatchSize,
    DataSize maxBodySize,
    Duration publishTimeout,
    Duration referenceMemory,
    Duration clientTokenTtl) {}
