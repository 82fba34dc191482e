package ai.talent.matching.text;

/** Small vector arithmetic on float arrays. */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
