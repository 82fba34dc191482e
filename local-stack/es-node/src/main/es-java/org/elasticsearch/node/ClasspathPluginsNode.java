package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.List;

/**
 * An Elasticsearch node whose plugins are classes on the classpath (see {@link ClasspathPluginsService}).
 * It lives in this package because {@code NodeConstruction} and {@code NodeServiceProvider} are package-private.
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment initialEnvironment, PluginsLoader ignored) {
                return new ClasspathPluginsService(initialEnvironment.settings(), initialEnvironment, pluginClasses);
            }
        }, true));
    }
}
