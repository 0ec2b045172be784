package dev.stratsim.cli;

import dev.stratsim.report.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"stratsim " + Version.current()};
  }
}
