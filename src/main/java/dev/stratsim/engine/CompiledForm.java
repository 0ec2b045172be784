package dev.stratsim.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A compiled knowledge base as bytes and back. Drools' own kjar holds only the DRL text, so
 * loading one compiles it again; the compiled packages (rules, their generated consequence
 * classes) serialize instead, and loading them skips the DRL parser and the Java compiler: about
 * a third of a compile's time. The classes the DRL declares ({@code declare Pull ...}) and its
 * functions live in the knowledge base's class loader, not in the packages, so their bytecode is
 * written first and defined before the packages, which name them, are read.
 */
final class CompiledForm {
  private CompiledForm() {}

  static byte[] write(KieBase kieBase) throws IOException {
    InternalKnowledgeBase base = (InternalKnowledgeBase) kieBase;
    Map<String, byte[]> store = ((ProjectClassLoader) base.getRootClassLoader()).getStore();
    // Rules that declare no type and no function leave the store empty (null).
    Map<String, byte[]> declared = store == null ? new HashMap<>() : new HashMap<>(store);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
      out.writeObject(declared);
      out.writeObject(new ArrayList<>(base.getKiePackages()));
    }
    return bytes.toByteArray();
  }

  /** @throws IOException or a runtime exception of Drools' when the bytes are not a compiled base */
  @SuppressWarnings("unchecked")
  static KieBase read(byte[] bytes) throws IOException, ClassNotFoundException {
    ClassLoader app = CompiledForm.class.getClassLoader();
    ProjectClassLoader loader;
    // The declared classes must be known before the packages that name them are read.
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      loader = ProjectClassLoader.createProjectClassLoader(app, (Map<String, byte[]>) in.readObject());
    }
    List<KiePackage> packages;
    try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
      in.readObject();
      packages = (List<KiePackage>) in.readObject();
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    base.addPackages(packages);
    return base;
  }
}
