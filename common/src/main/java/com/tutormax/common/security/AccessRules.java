package com.tutormax.common.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A service's own route rules. Applied after the fleet-wide public routes (health, metrics, docs)
 * and before the final rule, which denies everything not listed: a new route stays closed until it
 * gets a rule.
 */
@FunctionalInterface
public interface AccessRules {

  void configure(AuthorizeExchangeSpec rules);
}
