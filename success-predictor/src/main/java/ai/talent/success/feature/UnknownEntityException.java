package ai.talent.success.feature;

/** A prediction names a project or freelancer the service has not received (a 404 at the API). */
public class UnknownEntityException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownEntityException(String kind, String id) {
        super("unknown " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
