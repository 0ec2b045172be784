package dev.stratsim.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report stopped while it samples (Ctrl-C) leaves its folder as it was. */
class StoppedReportTest {
  @TempDir Path dir;

  @Test
  void aReportStoppedWhileSamplingWritesNothing() {
    Path out = dir.resolve("out");
    ReportRequest r = Fixtures.request(List.of("meta-scale-uncertain"), null, null, out);
    ReportRequest sampled = new ReportRequest(r.scenarios(), r.against(), out, r.formats(), null, null, 50, 3L,
        1, false, false, r.version());
    StopSignal stop = StopSignal.manual();
    stop.stop();

    List<Path> written = Reports.write(Path.of("rules"), sampled, Fixtures.CLOCK, Progress.NONE, stop);

    assertThat(written).isEmpty();
    assertThat(Files.exists(out)).isFalse();
  }
}
