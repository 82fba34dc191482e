package ai.talent.tutoring.portfolio;

import java.util.List;

/** Unit-length sentence vectors of texts, in their order (the shared text encoder; see PortfolioEncoder). */
public interface TextVectors {

    float[][] embed(List<String> texts);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
