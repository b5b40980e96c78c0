package com.tutormax.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's declared access matrix: who may call each of its routes. Each service declares it
 * once, in {@value #FILE} under its src/test/resources, one route a line:
 *
 * <pre>
 * # a comment
 * GET /api/tutors/{id}   ADMIN OPS_MANAGER PEOPLE_OPS TUTOR
 * GET /health            everyone
 * GET /api/auth/me       signed-in
 * </pre>
 *
 * <p>After the method and the route's pattern (as the service's handler mapping spells it) come the
 * callers: {@code everyone} (anyone, with any token or none), {@code signed-in} (any signed-in
 * person: every role of {@link #ROLES}, no machine), or roles of {@link #ROLES} and {@link
 * #MACHINE_ROLES}. The service's own integration test (common's AccessMatrixTests) reads it from
 * its classpath; infra's FleetIT reads every service's from the checkout and calls each route
 * through the gateway.
 */
public final class AccessMatrix {

  /** The file name, in each service module's src/test/resources. */
  public static final String FILE = "access-matrix.txt";

  /** The roles of the PRD's users. */
  public static final List<String> ROLES =
      List.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT");

  /**
   * Roles of machines, not people: integration clients (api-service) may only post records to the
   * ingestion API; a SERVICE token is one fleet service calling another (churn fetching a model
   * artifact from training). Tried on every route of every service; only a rule naming them lets
   * them in.
   */
  public static final List<String> MACHINE_ROLES = List.of("INTEGRATION", "SERVICE");

  static final String EVERYONE = "everyone";
  static final String SIGNED_IN = "signed-in";

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /**
   * Who may call a route: anyone (with any token or none), or some roles (people's and machines').
   */
  public record Access(boolean anonymous, Set<String> roles) {

    public Access {
      roles = Set.copyOf(roles);
    }

    public boolean allows(String role) {
      return anonymous || roles.contains(role);
    }

    public static Access everyone() {
      return new Access(true, Set.copyOf(ROLES));
    }

    public static Access signedIn() {
      return new Access(false, Set.copyOf(ROLES));
    }

    public static Access roles(String... roles) {
      return new Access(false, Set.of(roles));
    }

    @Override
    public String toString() {
      return anonymous ? EVERYONE : String.join(" ", new TreeSet<>(roles));
    }
  }

  private final String source;
  private final Map<String, Access> rules;

  private AccessMatrix(String source, Map<String, Access> rules) {
    this.source = source;
    this.rules = Collections.unmodifiableMap(rules);
  }

  /** Where the matrix was read from. */
  public String source() {
    return source;
  }

  /** "METHOD /pattern" → who may call it, in the file's order. */
  public Map<String, Access> rules() {
    return rules;
  }

  /** The matrix file of the module whose tests run: the first {@value #FILE} on the classpath. */
  public static AccessMatrix fromClasspath() {
    URL url = Thread.currentThread().getContextClassLoader().getResource(FILE);
    if (url == null) {
      throw new IllegalStateException(
          "no " + FILE + " on the classpath: declare the service's routes in src/test/resources");
    }
    try (InputStream in = url.openStream()) {
      return parse(
          url.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  /** A matrix file read from disk, e.g. a module's in the checkout. */
  public static AccessMatrix read(Path file) {
    try {
      return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Parses a matrix's lines; any line that is not a well-formed rule, or a route declared twice,
   * fails with its line number.
   */
  public static AccessMatrix parse(String source, List<String> lines) {
    Map<String, Access> rules = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String text = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (text.isEmpty()) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      String[] words = text.split("\\s+");
      if (words.length < 3) {
        throw new IllegalArgumentException(where + "expected METHOD /pattern callers: " + text);
      }
      if (!METHODS.contains(words[0])) {
        throw new IllegalArgumentException(where + "unknown method " + words[0]);
      }
      if (!words[1].startsWith("/")) {
        throw new IllegalArgumentException(where + "a pattern starts with /: " + words[1]);
      }
      String route = words[0] + " " + words[1];
      Access access = access(where, List.of(words).subList(2, words.length));
      if (rules.put(route, access) != null) {
        throw new IllegalArgumentException(where + route + " is declared twice");
      }
    }
    return new AccessMatrix(source, rules);
  }

  private static Access access(String where, List<String> callers) {
    if (callers.contains(EVERYONE)) {
      if (callers.size() > 1) {
        throw new IllegalArgumentException(where + EVERYONE + " stands alone: " + callers);
      }
      return Access.everyone();
    }
    List<String> roles = new ArrayList<>();
    for (String caller : callers) {
      if (caller.equals(SIGNED_IN)) {
        roles.addAll(ROLES);
      } else if (ROLES.contains(caller) || MACHINE_ROLES.contains(caller)) {
        roles.add(caller);
      } else {
        throw new IllegalArgumentException(
            where
                + "unknown caller "
                + caller
                + " (expected "
                + EVERYONE
                + ", "
                + SIGNED_IN
                + " or roles of "
                + ROLES
                + " "
                + MACHINE_ROLES
                + ")");
      }
    }
    return new Access(false, Set.copyOf(roles));
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

  /**
   * A path that matches the pattern: each variable is the first alternative of a regex like a|b,
   * else a random UUID (so an id names nothing that exists); a trailing /** becomes /x.
   */
  public static String concretePath(String pattern) {
    Matcher matcher = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String regex = matcher.group(2);
      String value =
          regex != null && regex.matches("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)*")
              ? regex.split("\\|")[0]
              : UUID.randomUUID().toString();
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString().replace("/**", "/x");
  }
}
