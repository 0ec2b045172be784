package dev.stratsim.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/** Who is at the other end of a socket: the process's own user, or someone else. */
final class Peers {
  private Peers() {}

  /**
   * Whether the process at the other end runs as this process's user, by the credentials the
   * kernel keeps for the connection; false where they cannot be read.
   */
  static boolean sameUser(SocketChannel channel) {
    try {
      UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
      return peer.user().equals(me());
    } catch (IOException | UnsupportedOperationException unknown) {
      return false;
    }
  }

  /**
   * This process's user: the owner of /proc/self where there is one (no lookup by name, which
   * fails for a user id with no name, as in some containers), else the user named user.name.
   */
  static UserPrincipal me() throws IOException {
    Path self = Path.of("/proc/self");
    if (Files.exists(self)) {
      return Files.getOwner(self);
    }
    return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
  }
}
