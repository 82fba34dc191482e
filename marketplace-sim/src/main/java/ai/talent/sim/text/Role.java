package ai.talent.sim.text;

import java.util.Objects;

/** A job title in English and Korean, e.g. "Backend developer" / "백엔드 개발자". */
public record Role(String en, String ko) {

    public Role {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ko, "ko");
    }
}
