package ai.talent.nn.registry;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model a service is answering with. It switches to another version only after that version
 * verified, matched the expectation and loaded; any failure leaves the current model in place.
 */
public final class ServingModel<M> {

    private static final Logger LOG = LoggerFactory.getLogger(ServingModel.class);

    /** A loaded model with the version it came from. */
    public record Loaded<M>(String version, M model, PublishedModel published) {
    }

    private final ModelRegistry registry;
    private final String name;
    private final ModelExpectation expectation;
    private final ModelLoader<M> loader;
    private final AtomicReference<Loaded<M>> current = new AtomicReference<>();

    public ServingModel(ModelRegistry registry, String name, ModelExpectation expectation, ModelLoader<M> loader) {
        this.registry = registry;
        this.name = name;
        this.expectation = expectation;
        this.loader = loader;
    }

    /** The model being served, if one has loaded. */
    public Optional<Loaded<M>> current() {
        return Optional.ofNullable(current.get());
    }

    /** Loads the registry's promoted version and swaps it in; returns the retired one (the caller closes it). */
    public Optional<Loaded<M>> reload() {
        String version = registry.currentVersion(name);
        if (version == null) {
            throw new ModelRegistryException("'" + name + "' has no promoted version to serve");
        }
        return switchTo(version);
    }

    /** Loads a given version and swaps it in; on any failure the current model stays and the error is thrown. */
    public synchronized Optional<Loaded<M>> switchTo(String version) {
        Loaded<M> before = current.get();
        if (before != null && before.version().equals(version)) {
            return Optional.empty();
        }
        PublishedModel published = registry.load(name, version, expectation);
        M model;
        try {
            model = loader.load(published);
        } catch (Exception e) {
            throw new ModelRegistryException("version " + version + " of '" + name + "' verified but failed to load: "
                    + e.getMessage() + (before == null ? "" : "; still serving " + before.version()), e);
        }
        current.set(new Loaded<>(version, model, published));
        LOG.info("model '{}' now serving {} (was {})", name, version, before == null ? "none" : before.version());
        return Optional.ofNullable(before);
    }
}
