package ai.talent.sim;

/** An exercise's true difficulty (0–1); the catalogue publishes only its author's rough rating of it. */
public record ExerciseTruth(double difficulty) {
}
