package ai.talent.nn.registry;

/** A model's config does not match what the caller expects (model type or input/output shape). */
public class IncompatibleModelException extends ModelRegistryException {

    public IncompatibleModelException(String message) {
        super(message);
    }
}
