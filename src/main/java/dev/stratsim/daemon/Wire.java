package dev.stratsim.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a client and the resident process say to each other over their socket. The client sends
 * one {@link Request}; the process answers with frames: bytes for stdout, bytes for stderr, in the
 * order the command wrote them, then the exit code. A version number first, so that a client and
 * a process of different builds (which the socket's name already keeps apart) refuse each other
 * instead of misreading.
 */
final class Wire {
  static final int VERSION = 1;
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  /** The most bytes one request may carry (its arguments and environment), against a rogue client. */
  static final int MAX_REQUEST_BYTES = 1 << 20;

  private Wire() {}

  /**
   * The environment variables that change what a command does or prints, which a resident process
   * and its client must agree on (they are in the socket's name too): stratsim's own, where the
   * caches are, the locale and time zone, and options every Java start reads.
   */
  static boolean keyed(String name) {
    return name.startsWith("STRATSIM_") || name.startsWith("LC_") || List.of("XDG_CACHE_HOME", "HOME", "LANG", "TZ",
        "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").contains(name);
  }

  /** What a client sends of its environment: the keyed variables, and those colour reads. */
  static Map<String, String> sent(Map<String, String> env) {
    Map<String, String> sent = new TreeMap<>();
    env.forEach((name, value) -> {
      if (keyed(name) || name.equals("NO_COLOR") || name.equals("TERM")) {
        sent.put(name, value);
      }
    });
    return sent;
  }

  /** Whether a client's environment and the process's agree on every keyed variable. */
  static boolean sameEnvironment(Map<String, String> client, Map<String, String> process) {
    Map<String, String> theirs = new TreeMap<>();
    Map<String, String> mine = new TreeMap<>();
    client.forEach((k, v) -> {
      if (keyed(k)) {
        theirs.put(k, v);
      }
    });
    process.forEach((k, v) -> {
      if (keyed(k)) {
        mine.put(k, v);
      }
    });
    return theirs.equals(mine);
  }

  /** What a request asks for. */
  enum Kind { RUN, STATUS, STOP }

  /**
   * One command to run as the client would have run it: where it was started (the process only
   * serves its own folder, and checks), whether its stdout is a terminal, the environment
   * variables that change what a command prints, and the arguments.
   */
  record Request(Kind kind, String cwd, boolean terminal, Map<String, String> env, List<String> args) {
    Request {
      env = Map.copyOf(env);
      args = List.copyOf(args);
    }
  }

  static void write(DataOutputStream out, Request request) throws IOException {
    out.writeInt(VERSION);
    out.writeByte(request.kind().ordinal());
    out.writeUTF(request.cwd());
    out.writeBoolean(request.terminal());
    Map<String, String> env = new TreeMap<>(request.env());
    out.writeInt(env.size());
    for (Map.Entry<String, String> e : env.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeInt(request.args().size());
    for (String arg : request.args()) {
      out.writeUTF(arg);
    }
    out.flush();
  }

  /** @throws IOException when the bytes are not a request of this version, or too large */
  static Request read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new Bounded(raw));
    if (in.readInt() != VERSION) {
      throw new IOException("a client of another stratsim version");
    }
    int kind = in.readUnsignedByte();
    if (kind >= Kind.values().length) {
      throw new IOException("unknown request " + kind);
    }
    String cwd = in.readUTF();
    boolean terminal = in.readBoolean();
    int size = count(in);
    Map<String, String> env = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      env.put(in.readUTF(), in.readUTF());
    }
    int n = count(in);
    List<String> args = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      args.add(in.readUTF());
    }
    return new Request(Kind.values()[kind], cwd, terminal, env, args);
  }

  /** A stream that ends a request at {@link #MAX_REQUEST_BYTES}. */
  private static final class Bounded extends FilterInputStream {
    private long left = MAX_REQUEST_BYTES;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("a request larger than " + MAX_REQUEST_BYTES + " bytes");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    // Each item takes at least two bytes: a count past that is not a request.
    if (n < 0 || n > MAX_REQUEST_BYTES / 2) {
      throw new IOException("a malformed request");
    }
    return n;
  }

  /** Frames written to the client; synchronized, since stdout and stderr may write from two threads. */
  static final class Frames {
    private final DataOutputStream out;

    Frames(OutputStream out) {
      this.out = new DataOutputStream(out);
    }

    synchronized void bytes(byte stream, byte[] bytes, int offset, int length) throws IOException {
      out.writeByte(stream);
      out.writeInt(length);
      out.write(bytes, offset, length);
    }

    synchronized void exit(int code) throws IOException {
      out.writeByte(EXIT);
      out.writeInt(code);
      out.flush();
    }

    /** A stream whose bytes reach the client as frames of one kind. */
    OutputStream stream(byte kind) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (len > 0) {
            bytes(kind, b, off, len);
          }
        }

        @Override
        public void flush() throws IOException {
          synchronized (Frames.this) {
            out.flush();
          }
        }
      };
    }
  }
}
