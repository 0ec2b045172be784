package dev.stratsim.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
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
      return peer.user().equals(FileSystems.getDefault().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name")));
    } catch (IOException | UnsupportedOperationException unknown) {
      return false;
    }
  }
}
