package ai.talent.nn.eval;

/** A typed entity span in one tag sequence: tokens {@code [start, end)} of sentence {@code sentence}. */
public record Span(int sentence, int start, int end, String type) {
}
