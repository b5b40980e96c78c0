package com.tutormax.gateway.dashboard.web;

import com.tutormax.gateway.dashboard.domain.ClientRoutes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The dashboard is a single-page app: a browser opening /tutors/123 directly gets index.html, and
 * the client-side router takes it from there. Its files under /assets are served as static
 * resources (classpath:/static/, from the dashboard jar).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnResource(resources = DashboardRoutes.INDEX)
public class DashboardRoutes {

  static final String INDEX = "classpath:/static/index.html";

  @Bean
  RouterFunction<ServerResponse> dashboardPages(@Value(INDEX) Resource index) {
    return RouterFunctions.route(
        RequestPredicates.GET("/**").and(DashboardRoutes::isPageRequest),
        request ->
            ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                // index.html names the hashed bundles of the current build: always revalidate.
                .cacheControl(CacheControl.noCache())
                .bodyValue(index));
  }

  /**
   * A browser navigating to a client route: Accept names text/html itself (a wildcard is not
   * enough).
   */
  static boolean isPageRequest(ServerRequest request) {
    return ClientRoutes.isClientRoute(request.path())
        && request.headers().accept().stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
  }
}
