package ai.talent.success.learning;

/** The model log (the topic every replica follows) could not be written or was not applied in time. */
public class ModelLogException extends RuntimeException {

    public ModelLogException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelLogException(String message) {
        super(message);
    }
}
