package com.tutormax.infra.launcher.cli;

/** The help text of {@code ./tutormax}. */
public final class Usage {

  public static final String TEXT =
      """
      Usage: ./tutormax <command>

        up              build what is missing, start PostgreSQL, Redis, Kafka and the seven
                        services, wait until all are ready; Ctrl-C stops everything cleanly
        down            stop a running fleet (from another terminal), or what a crashed one
                        left behind
        status          readiness of each service, and which servers run
        logs [service]  follow the logs (all, or one: gateway, api, ..., kafka, postgres, redis;
                        ./tutormax only)
        reset           delete all local state (.tutormax/: database, Kafka topics, logs, key)
        quality         the model quality report of the running fleet: each window's champion
                        against the targets and the rule score, and the early-warning figure
                        against the generator's ground truth (see docs/model-quality.md)
        dead-letters [<topic> | replay <topic>]
                        the dead-letter topics (records held, not yet replayed), a topic's
                        pending records with their reasons, or their replay once the cause is
                        fixed (see docs/recovery.md)
        help            this text

      Everything lives in .tutormax/ (a second `up` resumes the data of the first). Ports:
      services 8080-8086 (dashboard http://localhost:8080/), PostgreSQL 54329, Redis 63799,
      Kafka 19092 (controller 19093).

      Environment: DATABASE_URL, REDIS_URL, KAFKA_BOOTSTRAP_SERVERS use those servers instead of
      the embedded ones; SECRET_KEY overrides the generated .tutormax/secret-key; LOG_LEVEL
      (default INFO) and KAFKA_TOPIC_PARTITIONS (default 3) pass on to the services;
      TUTORMAX_CDS=off runs the service jars without class data sharing.
      """;

  private Usage() {}
}
