package dev.stratsim.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as another program (or a hostile page) sees it, over raw HTTP: it answers its own
 * address only, serves its assets and nothing else, checks every edit as the CLI does and bounds
 * Monte Carlo.
 */
class ServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Server server;
  private static int port;

  record Response(int status, String headers, String body) {}

  @BeforeAll
  static void serve() {
    server = Server.start(new Workbench(Path.of("rules"),
        List.of(Path.of("scenarios/meta-scale-deal.yaml"), Path.of("scenarios/meta-scale-uncertain.yaml"))), 0);
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Sends one request as written, Host header and path untouched by any client library. */
  private static Response send(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String headers = end < 0 ? text : text.substring(0, end);
      return new Response(Integer.parseInt(text.substring(9, 12)), headers, end < 0 ? "" : text.substring(end + 4));
    }
  }

  private static Response get(String path, String host) throws IOException {
    return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  /** As a browser's EventSource asks for a stream of events. */
  private static Response events(String path) throws IOException {
    return send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
        + "Connection: close\r\n\r\n");
  }

  private static Response post(String path, String contentType, String body, String... headers) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + bytes.length + "\r\n" + String.join("", headers) + "Connection: close\r\n\r\n" + body);
  }

  @Test
  void thePageAndItsChartLibraryAreServedFromTheJarWithAStrictPolicy() throws IOException {
    Response page = get("/", "127.0.0.1:" + port);
    Response charts = get("/assets/echarts.min.js", "localhost:" + port);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/assets/echarts.min.js\"");
    assertThat(page.headers()).contains("Content-Security-Policy: default-src 'none'; script-src 'self'");
    assertThat(charts.status()).isEqualTo(200);
    assertThat(charts.body()).contains("echarts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.nip.io:PORT", "127.0.0.1:1"})
  void aRequestForAnotherHostIsRefusedAsADnsRebindingPageWouldSendIt(String host) throws IOException {
    Response response = get("/api/scenarios", host.replace("PORT", String.valueOf(port)));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("meta-scale-deal");
  }

  @Test
  void aRequestFromAnotherSitesPageIsRefused() throws IOException {
    Response response = post("/api/evaluate", "application/json", "{\"scenario\":\"meta-scale-deal\"}",
        "Origin: http://evil.example\r\n");

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void aFormPostIsRefused() throws IOException {
    Response response = post("/api/evaluate", "application/x-www-form-urlencoded", "scenario=meta-scale-deal");

    assertThat(response.status()).isEqualTo(415);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/assets/../../pom.xml", "/assets/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml",
      "/assets/..%5c..%5cpom.xml", "/pom.xml", "/serve/index.html", "/assets/", "/META-INF/MANIFEST.MF",
      "/webjars/echarts/5.3.1/dist/echarts.js", "/assets/app.js/../../../../etc/passwd", "//etc/passwd"})
  void noFileOutsideItsOwnAssetsIsServed(String path) throws IOException {
    Response response = get(path, "127.0.0.1:" + port);

    assertThat(response.status()).as(path).isIn(400, 404);
    assertThat(response.body()).doesNotContain("<project").doesNotContain("root:").doesNotContain("Manifest-Version");
  }

  @Test
  void anEditIsCheckedAsTheCommandLineChecksIt() throws IOException {
    Response response = post("/api/evaluate", "application/json",
        "{\"scenario\":\"meta-scale-deal\",\"sets\":[\"deals[0].stake=7\"]}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("problems").get(0).asText())
        .isEqualTo("error: --set deals[0].stake=7: deals[0].stake must be a number between 0 and 1, not 7");
  }

  @Test
  void anEditedRunShowsTheEditedNumbers() throws IOException {
    JsonNode plain = JSON.readTree(post("/api/evaluate", "application/json",
        "{\"scenario\":\"meta-scale-deal\"}").body());
    JsonNode edited = JSON.readTree(post("/api/evaluate", "application/json",
        "{\"scenario\":\"meta-scale-deal\",\"sets\":[\"deals[0].outcome=blocked\"]}").body());

    assertThat(plain.get("focus").asText()).isEqualTo("meta");
    assertThat(edited.get("table")).isNotEqualTo(plain.get("table"));
    assertThat(edited.get("sets").get(0).asText()).isEqualTo("deals[0].outcome=blocked");
    assertThat(plain.get("waterfall").get("available").asBoolean()).isTrue();
    assertThat(plain.get("table").get("explain").get("meta.data").get("lines")).isNotEmpty();
  }

  @Test
  void monteCarloIsBounded() throws IOException {
    Response response = events("/api/montecarlo?scenario=meta-scale-uncertain&samples=" + (Workbench.MAX_SAMPLES + 1));

    assertThat(response.body()).contains("event: failed").contains("out of range; give 1 to " + Workbench.MAX_SAMPLES)
        .doesNotContain("event: result");
  }

  @Test
  void monteCarloStreamsProgressThenTheResult() throws IOException {
    Response response = events("/api/montecarlo?scenario=meta-scale-uncertain&samples=50&seed=3");

    assertThat(response.body()).contains("event: progress").contains("\"done\":50,\"of\":50").contains("event: result");
  }
}
