package dev.stratsim.model;

/**
 * The one place that says an amount is in US dollars where no {@code unit:} is read. Outputs take
 * a metric's unit from metrics.yaml ({@link Vocabulary#unitOf}); what declares none, a deal's
 * {@code amount_usd} or an uncertain input known only by its path, says dollars by its name, and a
 * knob says it in the free text of its {@code unit:} in assumptions.yaml. The briefing and the
 * sample draws used to guess each in their own place; here they cannot drift apart. The
 * workbench's page does not guess: the server says a control's unit ({@link #in}), and the page
 * only reads it.
 */
public final class Dollars {
  /** What ends or sits inside a name that counts dollars: {@code cash_usd}, {@code compute_usd_per_hardware_point}. */
  public static final String NAMED = "_usd";

  private Dollars() {}

  /** Whether a name or an input's path ({@code deals[0].amount_usd}) counts dollars. */
  public static boolean named(String nameOrPath) {
    return nameOrPath.contains(NAMED);
  }

  /** A knob's unit as assumptions.yaml writes it: dollars when it starts with {@code usd} ("usd per year"). */
  public static boolean declared(String knobUnit) {
    return knobUnit.strip().startsWith(Unit.USD.word());
  }

  /**
   * Whether a value is in dollars: as its declared unit says where it has one (a knob's
   * {@code unit:}), else by its name or path (a deal's {@code amount_usd}, which declares none).
   *
   * @param declaredUnit the unit as written, or null where nothing declares one
   */
  public static boolean in(String declaredUnit, String nameOrPath) {
    return declaredUnit == null ? named(nameOrPath) : declared(declaredUnit);
  }

  /** A name beside a value that already shows its $: {@code valuation} for {@code valuation_usd}. */
  public static String withoutSuffix(String name) {
    return name.endsWith(NAMED) ? name.substring(0, name.length() - NAMED.length()) : name;
  }

  /** A name with every mention of dollars left out, for a label: {@code compute_per_hardware_point}. */
  public static String unmentioned(String name) {
    return name.replace(NAMED, "");
  }
}
