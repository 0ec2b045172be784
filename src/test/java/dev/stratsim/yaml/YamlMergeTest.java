package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlMergeTest {
  @TempDir Path dir;

  @Test
  void mergesMapsDeeplyReplacesListsAndKeepsEachValuesFile() throws IOException {
    Path parentFile = Files.writeString(dir.resolve("parent.yaml"), """
        title: parent
        actors:
          a: { x: 1, y: 2 }
          b: { x: 3 }
        expect: [one, two, three]
        """);
    Path childFile = Files.writeString(dir.resolve("child.yaml"), """
        actors:
          c: { x: 5 }
          a: { y: 20 }
        expect: [four]
        """);
    YamlDocument merged =
        YamlMerge.merge(YamlReader.read(parentFile), YamlReader.read(childFile));
    JsonNode root = merged.root();

    assertThat(merged.file()).isEqualTo(childFile);
    assertThat(root.at("/actors/a/x").intValue()).isEqualTo(1);
    assertThat(root.at("/actors/a/y").intValue()).isEqualTo(20);
    assertThat(names(root.get("actors"))).containsExactly("a", "b", "c");
    assertThat(root.get("expect")).hasSize(1);
    assertThat(root.at("/expect/0").textValue()).isEqualTo("four");

    assertThat(merged.values().get("title")).isEqualTo(Location.at(parentFile, 1, 8));
    assertThat(merged.values().get("actors.a.x")).isEqualTo(Location.at(parentFile, 3, 11));
    assertThat(merged.values().get("actors.a.y")).isEqualTo(Location.at(childFile, 3, 11));
    assertThat(merged.keys().get("actors.c")).isEqualTo(Location.at(childFile, 2, 3));
    assertThat(merged.values().get("expect[0]")).isEqualTo(Location.at(childFile, 4, 10));
    assertThat(merged.values()).doesNotContainKey("expect[2]");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
