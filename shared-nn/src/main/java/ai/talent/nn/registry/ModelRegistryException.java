package ai.talent.nn.registry;

/** Something in the model registry cannot be done: a missing model or version, or an I/O failure. */
public class ModelRegistryException extends RuntimeException {

    public ModelRegistryException(String message) {
        super(message);
    }

    public ModelRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
