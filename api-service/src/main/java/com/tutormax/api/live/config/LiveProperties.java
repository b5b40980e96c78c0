package com.tutormax.api.live.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's live push (/ws/dashboard).
 *
 * @param channel the Redis channel every api-service instance publishes to and relays from
 * @param consume whether this instance takes the churn and intervention topics (one instance of the
 *     group takes each record and publishes it; every instance relays it to its own sockets)
 * @param recentWithin a prediction older than this (event time) is history, not news: a backfill's
 *     past days are not pushed
 * @param kpiHintEvery at most one "KPIs changed" hint per socket in this time
 * @param pingEvery a ping on an idle socket, so proxies keep it open
 */
@ConfigurationProperties("tutormax.live")
public record LiveProperties(
    @DefaultValue("tutormax:live") String channel,
    @DefaultValue("true") boolean consume,
    @DefaultValue("36h") Duration recentWithin,
    @DefaultValue("5s") Duration kpiHintEvery,
    @DefaultValue("25s") Duration pingEvery) {}
