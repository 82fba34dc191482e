package ai.talent.sim;

/** Seniority and complexity names as ranks (junior 0, mid 1, senior 2; simple 0, standard 1, complex 2). */
final class Seniority {

    private Seniority() {
    }

    static int rank(String seniority) {
        return switch (seniority) {
            case "junior" -> 0;
            case "mid" -> 1;
            case "senior" -> 2;
            default -> throw new IllegalArgumentException("seniority must be junior, mid or senior, was " + seniority);
        };
    }

    static int complexityRank(String complexity) {
        return switch (complexity) {
            case "simple" -> 0;
            case "standard" -> 1;
            case "complex" -> 2;
            default -> throw new IllegalArgumentException(
                    "complexity must be simple, standard or complex, was " + complexity);
        };
    }
}
