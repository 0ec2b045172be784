package dev.stratsim.engine;

import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader a compile of rules looks up Java classes through: the one Drools would use (the
 * thread's context class loader, else the system's), in front of which the names it did not find
 * are remembered. Drools' DRL and Java compilers try many names that are not classes (each import
 * with each simple name, inner classes, packages), and on a class path of many jars each miss is
 * looked up in every jar: on the tests' three hundred jars, a third of a warm compile of the stock
 * rules, and about a tenth in the packaged jar. The class path of a process does not change, so a
 * name missing once is missing for good; classes found are the parent's own, and the classes a
 * compile generates live in Drools' loader below this one, as before.
 */
final class CompileClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** One per parent, shared by every compile of the process: most misses recur across compiles. */
  private static final Map<ClassLoader, CompileClassLoader> BY_PARENT = new ConcurrentHashMap<>();

  private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
  private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

  private CompileClassLoader(ClassLoader parent) {
    super(parent);
  }

  /** For a compile on this thread: before the loader Drools would pick when given none. */
  static ClassLoader current() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return BY_PARENT.computeIfAbsent(context != null ? context : ClassLoader.getSystemClassLoader(),
        CompileClassLoader::new);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (missingClasses.contains(name)) {
      throw new ClassNotFoundException(name);
    }
    try {
      return super.loadClass(name, resolve);
    } catch (ClassNotFoundException missing) {
      missingClasses.add(name);
      throw missing;
    }
  }

  @Override
  public URL getResource(String name) {
    if (missingResources.contains(name)) {
      return null;
    }
    URL found = super.getResource(name);
    if (found == null) {
      missingResources.add(name);
    }
    return found;
  }
}
