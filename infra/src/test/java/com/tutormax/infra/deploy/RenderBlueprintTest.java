package com.tutormax.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.infra.launcher.service.FleetService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * render.yaml against the services themselves: every service is there and builds its own module,
 * listens on the port it is given, gets every variable its configuration needs outside a laptop
 * (anything whose default points at localhost, and SECRET_KEY), and no secret is written in the
 * file.
 */
class RenderBlueprintTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern PORT_DEFAULT = Pattern.compile("\\$\\{PORT:(\\d+)}");
  private static final Pattern SECRET = Pattern.compile(".*(SECRET|PASSWORD).*");

  private final Map<String, Object> blueprint = yaml(ROOT.resolve("render.yaml"));

  @Test
  void everyServiceIsThereBuildingItsOwnModuleOnItsOwnPort() throws IOException {
    for (FleetService service : FleetService.values()) {
      Map<String, Object> entry = service(renderName(service));
      Map<String, Map<String, Object>> env = env(entry);
      assertThat(value(env, "SERVICE")).as(service + " SERVICE").isEqualTo(service.serviceName());
      assertThat(ROOT.resolve(service.serviceName()).resolve("pom.xml")).exists();
      assertThat(ROOT.resolve(String.valueOf(entry.get("dockerfilePath")))).exists();
      assertThat(entry.get("runtime")).isEqualTo("docker");
      String yml = applicationYml(service);
      Matcher port = PORT_DEFAULT.matcher(yml);
      assertThat(port.find()).as(service + " reads PORT").isTrue();
      assertThat(value(env, "PORT")).as(service + " PORT").isEqualTo(port.group(1));
      boolean gateway = service == FleetService.GATEWAY;
      assertThat(entry.get("type")).as(service + " type").isEqualTo(gateway ? "web" : "pserv");
    }
    Map<String, Object> gateway = service("tutormax-gateway");
    assertThat(String.valueOf(gateway.get("healthCheckPath")))
        .isEqualTo("/actuator/health/readiness");
    assertThat(Files.readString(ROOT.resolve("common/src/main/resources/tutormax-defaults.yml")))
        .contains("probes:\n        enabled: true");
  }

  @Test
  void everyVariableAServiceNeedsOutsideALaptopIsProvided() throws IOException {
    String common =
        Files.readString(ROOT.resolve("common/src/main/resources/tutormax-defaults.yml"));
    List<String> missing = new ArrayList<>();
    for (FleetService service : FleetService.values()) {
      Map<String, Map<String, Object>> env = env(service(renderName(service)));
      List<String> groups = groups(service(renderName(service)));
      assertThat(groups).as(service + " shared group").contains("tutormax-shared");
      Map<String, Map<String, Object>> provided = new LinkedHashMap<>(groupEnv("tutormax-shared"));
      provided.putAll(env);
      for (Placeholder p : Placeholder.all(applicationYml(service) + "\n" + common)) {
        // common's defaults name Redis for every service; only those with a Redis client use it.
        boolean unused = p.variable().equals("REDIS_URL") && !usesRedis(service);
        if (p.neededOutsideALaptop() && !unused && !p.satisfiedBy(provided.keySet())) {
          missing.add(service.serviceName() + ": " + p.variable());
        }
      }
      if (usesRedis(service)) {
        assertThat(env).as(service + " REDIS_URL").containsKey("REDIS_URL");
      }
      for (String fromService : referencedServices(env)) {
        assertThat(service(fromService)).as(service + " refers to " + fromService).isNotNull();
      }
    }
    assertThat(missing).as("variables render.yaml does not provide").isEmpty();
    assertThat(groupEnv("tutormax-shared").get("SECRET_KEY")).containsEntry("generateValue", true);
  }

  @Test
  void noSecretIsWrittenInTheFile() {
    List<String> written = new ArrayList<>();
    for (Map<String, Object> entry : services()) {
      env(entry)
          .forEach(
              (key, spec) -> {
                if (SECRET.matcher(key).matches() && spec.containsKey("value")) {
                  written.add(entry.get("name") + ": " + key);
                }
              });
    }
    groupEnv("tutormax-shared")
        .forEach(
            (key, spec) -> {
              if (SECRET.matcher(key).matches() && spec.containsKey("value")) {
                written.add("tutormax-shared: " + key);
              }
            });
    assertThat(written).isEmpty();
    Map<String, Map<String, Object>> api = env(service("tutormax-api"));
    for (String oauth :
        List.of(
            "GOOGLE_CLIENT_ID",
            "GOOGLE_CLIENT_SECRET",
            "MICROSOFT_CLIENT_SECRET",
            "CORS_ORIGINS")) {
      assertThat(api.get(oauth)).as(oauth).containsEntry("sync", false);
    }
  }

  @Test
  void kafkaKeepsItsDataOnADiskAndTheDashboardIsAStaticSite() {
    Map<String, Object> kafka = service("tutormax-kafka");
    assertThat(kafka.get("type")).isEqualTo("pserv");
    assertThat(ROOT.resolve(String.valueOf(kafka.get("dockerfilePath")))).exists();
    @SuppressWarnings("unchecked")
    Map<String, Object> disk = (Map<String, Object>) kafka.get("disk");
    assertThat(disk).containsEntry("mountPath", "/var/lib/kafka/data");
    assertThat(service("tutormax-redis").get("type")).isEqualTo("keyvalue");
    Map<String, Object> dashboard = service("tutormax-dashboard");
    assertThat(dashboard.get("runtime")).isEqualTo("static");
    assertThat(String.valueOf(dashboard.get("staticPublishPath")))
        .isEqualTo("./dashboard/target/classes/static");
    assertThat(databases()).extracting(d -> d.get("name")).containsExactly("tutormax-postgres");
  }

  // --- reading the files

  private static String renderName(FleetService service) {
    return "tutormax-" + service.serviceName().replace("-service", "");
  }

  private static String applicationYml(FleetService service) throws IOException {
    return Files.readString(
        ROOT.resolve(service.serviceName()).resolve("src/main/resources/application.yml"));
  }

  private static boolean usesRedis(FleetService service) throws IOException {
    return Files.readString(ROOT.resolve(service.serviceName()).resolve("pom.xml"))
        .contains("spring-boot-starter-data-redis");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> services() {
    return (List<Map<String, Object>>) blueprint.get("services");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> databases() {
    return (List<Map<String, Object>>) blueprint.get("databases");
  }

  private Map<String, Object> service(String name) {
    return services().stream()
        .filter(s -> name.equals(s.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("render.yaml has no service " + name));
  }

  /** A service's variables by key (entries with fromGroup are groups, not variables). */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> env(Map<String, Object> entry) {
    Map<String, Map<String, Object>> env = new LinkedHashMap<>();
    Object vars = entry.get("envVars");
    if (vars != null) {
      for (Map<String, Object> v : (List<Map<String, Object>>) vars) {
        if (v.containsKey("key")) {
          env.put((String) v.get("key"), v);
        }
      }
    }
    return env;
  }

  @SuppressWarnings("unchecked")
  private static List<String> groups(Map<String, Object> entry) {
    return ((List<Map<String, Object>>) entry.get("envVars"))
        .stream().map(v -> (String) v.get("fromGroup")).filter(Objects::nonNull).toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> groupEnv(String name) {
    for (Map<String, Object> group : (List<Map<String, Object>>) blueprint.get("envVarGroups")) {
      if (name.equals(group.get("name"))) {
        return env(group);
      }
    }
    throw new AssertionError("render.yaml has no group " + name);
  }

  @SuppressWarnings("unchecked")
  private static List<String> referencedServices(Map<String, Map<String, Object>> env) {
    return env.values().stream()
        .map(v -> (Map<String, Object>) v.get("fromService"))
        .filter(Objects::nonNull)
        .map(f -> (String) f.get("name"))
        .toList();
  }

  private static String value(Map<String, Map<String, Object>> env, String key) {
    Map<String, Object> spec = env.get(key);
    return spec == null ? null : String.valueOf(spec.get("value"));
  }

  private static Map<String, Object> yaml(Path file) {
    try {
      return new Yaml().load(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An environment variable a configuration file reads, {@code ${NAME:default}}; the default may
   * read another one ({@code ${API_SERVICE_URL:http://${API_SERVICE_HOSTPORT:localhost:8081}}}).
   */
  record Placeholder(String variable, String fallback) {

    private static final Pattern START = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

    /** Whether the service cannot run off a laptop on this variable's default. */
    boolean neededOutsideALaptop() {
      return variable.equals("SECRET_KEY")
          || (fallback != null && fallback.contains("localhost") && !variable.equals("PORT"));
    }

    /** Provided, or its default reads a variable that is. */
    boolean satisfiedBy(java.util.Set<String> provided) {
      if (provided.contains(variable)) {
        return true;
      }
      return fallback != null
          && all(fallback).stream()
              .anyMatch(inner -> inner.satisfiedBy(provided) && provided.contains(inner.variable));
    }

    static List<Placeholder> all(String text) {
      List<Placeholder> found = new ArrayList<>();
      Matcher m = START.matcher(text);
      int from = 0;
      while (m.find(from)) {
        int depth = 1;
        int i = m.end();
        while (i < text.length() && depth > 0) {
          if (text.startsWith("${", i)) {
            depth++;
            i += 2;
            continue;
          }
          if (text.charAt(i) == '}') {
            depth--;
          }
          i++;
        }
        String fallback = m.group(2).isEmpty() ? null : text.substring(m.end(), i - 1);
        found.add(new Placeholder(m.group(1), fallback));
        from = i;
      }
      return found;
    }
  }
}
