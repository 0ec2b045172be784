package dev.stratsim.drl;

import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** DRL text read by Drools' own parser, the one the compiler uses, into its descriptor tree. */
public final class DrlTree {
  private DrlTree() {}

  /** The DRL's descriptor tree, or empty when the parser reports an error. */
  public static Optional<PackageDescr> parse(String drl) {
    DrlParser parser = new DrlParser();
    try {
      PackageDescr pkg = parser.parse(false, drl);
      return parser.hasErrors() || pkg == null ? Optional.empty() : Optional.of(pkg);
    } catch (DroolsParserException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
