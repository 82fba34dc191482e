package ai.talent.nn.serve;

/** The batching predictor was shut down before this request could run. */
public class PredictorClosedException extends IllegalStateException {

    public PredictorClosedException(String name) {
        super("predictor '" + name + "' is shut down; the request was not processed");
    }
}
