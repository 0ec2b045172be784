package dev.stratsim.cli;

import dev.stratsim.output.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"stratsim " + Version.current()};
  }
}
