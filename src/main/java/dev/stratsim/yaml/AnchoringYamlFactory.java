package dev.stratsim.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * A YAMLFactory whose parsers report the anchor of every value. YAMLParser only reports anchors of
 * maps and lists, so {@code x: &n 1} followed by {@code *n} could not be resolved. This is the
 * extension point Jackson's own YAMLAnchorReplayingFactory uses.
 */
final class AnchoringYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  AnchoringYamlFactory(LoaderOptions options) {
    super(YAMLFactory.builder().loaderOptions(options));
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions,
        _objectCodec, reader);
  }

  /** A YAMLParser that also tells the anchor of the current value. */
  static final class Parser extends YAMLParser {
    Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options,
        ObjectCodec codec, Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    /** The {@code &name} on the current map, list or plain value, or null. */
    String anchor() {
      if (_lastEvent instanceof NodeEvent node && !(_lastEvent instanceof AliasEvent)) {
        return node.getAnchor();
      }
      return null;
    }
  }
}
