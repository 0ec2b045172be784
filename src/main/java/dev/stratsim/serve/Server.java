package dev.stratsim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.RuleFailureException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code stratsim serve}'s web side: the page, its assets and a small JSON API over a {@link
 * Workbench}, on Javalin (Jetty) bound to the loopback address.
 *
 * <p>Security, for a server any page in the user's browser could try to reach: a request whose
 * Host is not this server's loopback address and port is refused (a DNS-rebinding page names its
 * own host), and so is one whose Origin is another site's; a POST must be JSON, which a plain form
 * on another site cannot send without the browser asking first; only the files in {@link #ASSETS}
 * are served, by exact name, so no path reaches the file system; request bodies are small and
 * Monte Carlo requests bounded ({@link Workbench#MAX_SAMPLES}, one at a time).
 */
public final class Server implements AutoCloseable {
  /** The loopback address the server binds to. */
  public static final String HOST = "127.0.0.1";
  private static final long MAX_BODY = 64 * 1024;
  private static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js";
  /** Every file the server serves: path to (classpath resource, content type). */
  static final Map<String, String[]> ASSETS = Map.of(
      "/", new String[] {"/serve/index.html", "text/html; charset=utf-8"},
      "/assets/app.js", new String[] {"/serve/app.js", "text/javascript; charset=utf-8"},
      "/assets/app.css", new String[] {"/serve/app.css", "text/css; charset=utf-8"},
      "/assets/echarts.min.js", new String[] {ECHARTS, "text/javascript; charset=utf-8"},
      "/favicon.ico", new String[] {"/serve/favicon.svg", "image/svg+xml"});
  private static final String POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
      + " img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none';"
      + " form-action 'none'; frame-ancestors 'none'";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Workbench workbench;
  private final Javalin app;
  private final List<SseClient> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService rulesWatch = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "stratsim-rules-watch");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Set<String> hosts = Set.of();
  private volatile Set<String> origins = Set.of();

  private Server(Workbench workbench) {
    this.workbench = workbench;
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = MAX_BODY;
      config.routes.before(this::guard);
      ASSETS.forEach((path, asset) -> config.routes.get(path, ctx -> asset(ctx, asset)));
      config.routes.get("/api/scenarios", ctx -> json(ctx, workbench.scenarios()));
      // An edit the scenario checks refuse is an answer, not a failed request: 200 with the problems,
      // which the page shows beside the control (a 4xx would also land in the browser's console).
      config.routes.post("/api/evaluate", ctx -> refusable(ctx, () -> {
        JsonNode body = body(ctx);
        return workbench.evaluate(text(body, "scenario"), sets(body), body.path("focus").asText(null));
      }));
      config.routes.post("/api/save", ctx -> refusable(ctx, () -> {
        JsonNode body = body(ctx);
        String yaml = workbench.save(text(body, "scenario"), sets(body));
        return JsonNodeFactory.instance.objectNode().put("file", text(body, "scenario") + "-edited.yaml")
            .put("yaml", yaml);
      }));
      config.routes.sse("/api/montecarlo", this::monteCarlo);
      config.routes.sse("/api/events", client -> {
        client.keepAlive();
        client.onClose(() -> listeners.remove(client));
        listeners.add(client);
        client.sendEvent("rules", workbench.rulesStatus().toString());
      });
      config.routes.exception(InvalidInputException.class, (e, ctx) -> problems(ctx, 422, e.problems().stream()
          .map(p -> "error: " + p).toList()));
      config.routes.exception(RuleFailureException.class, (e, ctx) -> problems(ctx, 422,
          List.of("error: " + e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> problems(ctx, 500,
          List.of("error: internal error: " + e + " (please report it)")));
      config.routes.error(404, ctx -> {
        if (ctx.result() == null) {
          ctx.contentType("text/plain; charset=utf-8").result("not found\n");
        }
      });
    });
  }

  /** Starts serving on {@code port} (0 for any free one) and watching the rules for edits. */
  public static Server start(Workbench workbench, int port) {
    Server server = new Server(workbench);
    server.app.start(HOST, port);
    int bound = server.app.port();
    server.hosts = Set.of(HOST + ":" + bound, "localhost:" + bound);
    server.origins = Set.of("http://" + HOST + ":" + bound, "http://localhost:" + bound);
    server.rulesWatch.scheduleWithFixedDelay(server::reloadRules, 500, 500, TimeUnit.MILLISECONDS);
    return server;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    return "http://" + HOST + ":" + port() + "/";
  }

  @Override
  public void close() {
    rulesWatch.shutdownNow();
    listeners.forEach(SseClient::close);
    app.stop();
  }

  private void reloadRules() {
    try {
      if (workbench.reloadIfChanged()) {
        String status = workbench.rulesStatus().toString();
        listeners.forEach(client -> client.sendEvent("rules", status));
      }
    } catch (RuntimeException e) {
      // A rule set that fails in an unexpected way is reported by the next evaluation; keep watching.
    }
  }

  /** Refuses requests not meant for this server (see the class comment) and sets the page's policy. */
  private void guard(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      refuse(403, "this server answers only requests to " + String.join(" or ", hosts));
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origins.contains(origin)) {
      refuse(403, "requests from " + origin + " are not allowed");
    }
    if (ctx.method() == HandlerType.POST && !String.valueOf(ctx.contentType()).startsWith("application/json")) {
      refuse(415, "send JSON (Content-Type: application/json)");
    }
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  private static void refuse(int status, String why) {
    throw new HttpResponseException(status, "refused: " + why);
  }

  private static void asset(Context ctx, String[] asset) throws IOException {
    try (InputStream in = Server.class.getResourceAsStream(asset[0])) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + asset[0]);
      }
      ctx.contentType(asset[1]).result(in.readAllBytes());
    }
  }

  private void monteCarlo(SseClient client) {
    Context ctx = client.ctx();
    StopSignal stop = StopSignal.manual();
    client.onClose(stop::stop);
    try {
      int samples = Integer.parseInt(ctx.queryParam("samples") == null ? "1000" : ctx.queryParam("samples"));
      long seed = Long.parseLong(ctx.queryParam("seed") == null ? "1" : ctx.queryParam("seed"));
      long[] last = {0};
      ObjectNode result = workbench.monteCarlo(ctx.queryParam("scenario"), ctx.queryParams("set"),
          ctx.queryParam("focus"), samples, seed, done -> {
            long now = System.nanoTime();
            // A few updates a second are enough for a progress bar.
            if (now - last[0] > 100_000_000L || done == samples) {
              last[0] = now;
              client.sendEvent("progress", "{\"done\":" + done + ",\"of\":" + samples + "}");
            }
          }, stop);
      client.sendEvent("result", result.toString());
    } catch (NumberFormatException e) {
      client.sendEvent("failed", problemsJson(List.of("error: samples and seed must be whole numbers")));
    } catch (InvalidInputException e) {
      client.sendEvent("failed", problemsJson(e.problems().stream().map(p -> "error: " + p).toList()));
    } catch (RuleFailureException e) {
      client.sendEvent("failed", problemsJson(List.of("error: " + e.getMessage())));
    }
    client.close();
  }

  private static void refusable(Context ctx, Supplier<JsonNode> answer) {
    try {
      json(ctx, answer.get());
    } catch (InvalidInputException e) {
      ctx.contentType("application/json").result(problemsJson(e.problems().stream().map(p -> "error: " + p).toList()));
    } catch (RuleFailureException e) {
      ctx.contentType("application/json").result(problemsJson(List.of("error: " + e.getMessage())));
    }
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = JSON.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new InvalidInputException(Problem.general("the request body must be a JSON object"));
      }
      return body;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException(Problem.general("the request body is not JSON: "
          + e.getOriginalMessage()));
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual()) {
      throw new InvalidInputException(Problem.general("the request needs \"" + field
          + "\" as text"));
    }
    return value.asText();
  }

  private static List<String> sets(JsonNode body) {
    List<String> sets = new ArrayList<>();
    for (JsonNode set : body.path("sets")) {
      sets.add(set.asText());
    }
    return sets;
  }

  private static void json(Context ctx, JsonNode json) {
    ctx.contentType("application/json").result(json.toString());
  }

  private static void problems(Context ctx, int status, List<String> problems) {
    ctx.status(status).contentType("application/json").result(problemsJson(problems));
  }

  private static String problemsJson(List<String> problems) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    problems.forEach(json.putArray("problems")::add);
    return json.toString();
  }

  private static String echartsVersion() {
    try (InputStream in = Server.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "5.3.1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
