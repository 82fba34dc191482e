package ai.talent.nn.tune;

/** One evaluated config: its number (from 1), value (NaN if it failed), time taken and failure message. */
public record Trial(int number, Config config, double value, double seconds, String error) {

    public boolean failed() {
        return error != null;
    }
}
