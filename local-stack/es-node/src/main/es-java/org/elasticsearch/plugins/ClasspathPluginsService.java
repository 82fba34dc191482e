package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plugins service that instantiates the given plugin classes from the application classpath instead of
 * reading plugin bundles from a distribution's {@code plugins/} and {@code modules/} folders, which a node
 * started from Maven jars does not have. It lives in this package because its building blocks are
 * package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> loaded;

    public ClasspathPluginsService(Settings settings, Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> plugins = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            plugins.add(new LoadedPlugin(descriptor(pluginClass), plugin, pluginClass.getClassLoader()));
        }
        this.loaded = List.copyOf(plugins);
    }

    private static PluginDescriptor descriptor(Class<? extends Plugin> pluginClass) {
        return new PluginDescriptor(
                pluginClass.getName(),
                "classpath plugin",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL);
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return loaded;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(loaded.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(),
                List.of());
    }

    /**
     * All plugins share one class loader here, so every plugin would see every service declared on the
     * classpath; each provider class is created once, from the plugin its constructor asks for (if any).
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> providers = new LinkedHashMap<>();
        Iterator<Class<? extends T>> classes = SPIClassIterator.get(service, ClasspathPluginsService.class.getClassLoader());
        while (classes.hasNext()) {
            Class<? extends T> providerClass = classes.next();
            if (providers.containsKey(providerClass)) {
                continue;
            }
            for (LoadedPlugin plugin : loaded) {
                if (acceptsPlugin(providerClass, plugin.instance())) {
                    providers.put(providerClass, createExtension(providerClass, service, plugin.instance()));
                    break;
                }
            }
        }
        return List.copyOf(providers.values());
    }

    private static boolean acceptsPlugin(Class<?> providerClass, Plugin plugin) {
        for (Constructor<?> constructor : providerClass.getConstructors()) {
            if (constructor.getParameterCount() == 1
                    && constructor.getParameterTypes()[0].isAssignableFrom(plugin.getClass()) == false) {
                return false;
            }
        }
        return true;
    }
}
