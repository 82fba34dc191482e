package ai.talent.nn.engine;

/** Started in a child JVM whose class path lacks the PyTorch native jars: prints what NnEngine says. */
final class MissingNativesProbe {

    private MissingNativesProbe() {
    }

    public static void main(String[] args) {
        try {
            NnEngine.get();
            System.out.println("ENGINE LOADED");
        } catch (IllegalStateException e) {
            System.out.println("REFUSED: " + e.getMessage());
            System.exit(3);
        }
    }
}
