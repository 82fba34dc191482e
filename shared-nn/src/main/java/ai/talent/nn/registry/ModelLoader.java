package ai.talent.nn.registry;

/** Turns a verified published version into a ready-to-serve model (e.g. loads DJL weights into a block). */
@FunctionalInterface
public interface ModelLoader<M> {

    M load(PublishedModel published) throws Exception;
}
