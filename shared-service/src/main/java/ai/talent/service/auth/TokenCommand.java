package ai.talent.service.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./talent token}: prints a bearer token for the services (operators, development, the demo against a suite
 * running with auth on). Without {@code --key} it signs with the development key pair under {@code .run/auth},
 * created on first use; the services verify with its {@code public.pem} ({@code TALENT_AUTH_PUBLIC_KEY}).
 */
public final class TokenCommand {

    static final Set<String> ROLES = Set.of("recruiter", "platform", "admin");
    static final Path DEV_KEYS = Path.of(".run", "auth");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (UsageException e) {
            System.err.println("talent token: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("talent token: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The token, or the usage for {@code --help}. */
    static String run(String[] args) {
        List<String> roles = new ArrayList<>();
        Path key = null;
        String issuer = System.getenv().getOrDefault("TALENT_AUTH_ISSUER", "talent-ai");
        String subject = "operator";
        Duration lifetime = Duration.ofHours(1);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return usage();
                }
                case "--role" -> {
                    for (String role : value(args, ++i, arg).split(",")) {
                        String r = role.trim().toLowerCase(Locale.ROOT);
                        if (!ROLES.contains(r)) {
                            throw new UsageException("unknown role '" + role + "' (recruiter, platform, admin)");
                        }
                        roles.add(r);
                    }
                }
                case "--key" -> key = Path.of(value(args, ++i, arg));
                case "--issuer" -> issuer = value(args, ++i, arg);
                case "--subject" -> subject = value(args, ++i, arg);
                case "--ttl" -> lifetime = duration(value(args, ++i, arg));
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (roles.isEmpty()) {
            throw new UsageException("--role is required");
        }
        if (key == null) {
            key = DEV_KEYS.resolve("private.pem");
            if (!Files.exists(key)) {
                Tokens.writeKeyPair(Tokens.newKeyPair(), DEV_KEYS);
                System.err.println("talent token: created the development key pair " + DEV_KEYS.toAbsolutePath()
                        + "/{private,public}.pem; services verify with TALENT_AUTH_PUBLIC_KEY="
                        + DEV_KEYS.toAbsolutePath().resolve("public.pem"));
            }
        } else if (!Files.isReadable(key)) {
            throw new IllegalArgumentException("cannot read the private key " + key.toAbsolutePath());
        }
        return Tokens.mint(Tokens.readPrivateKey(key), issuer, subject, List.copyOf(roles), lifetime);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static Duration duration(String text) {
        try {
            Duration d = Duration.parse("PT" + text.toUpperCase(Locale.ROOT));
            if (d.isNegative() || d.isZero()) {
                throw new UsageException("--ttl must be positive, was " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UsageException("--ttl takes a duration such as 15m, 1h or 8h, not '" + text + "'");
        }
    }

    static String usage() {
        return """
                Usage: ./talent token --role ROLE[,ROLE] [--key PRIVATE_KEY_PEM] [--issuer ISS] [--subject SUB] [--ttl 1h]
                Prints a bearer token (RS256 JWT) for the services' /v1 API when auth is on (the prod profile):
                  --role     recruiter (search), platform (matching, predictions, learners, portfolios),
                             admin (model promotion and rollback, index rebuild; also allowed everything else)
                  --key      the issuer's private key (PKCS#8 PEM); default: the development key pair under
                             .run/auth, created on first use (its public.pem is what services verify with)
                  --issuer   the iss claim; must equal the services' TALENT_AUTH_ISSUER (default talent-ai)
                  --subject  the sub/upn claim (default operator)
                  --ttl      lifetime: 15m, 1h (default), 8h, ...
                Example: curl -H "Authorization: Bearer $(./talent token --role recruiter)" 'localhost:8082/v1/search?q=react'
                Turn auth on for ./talent up: TALENT_AUTH_ENABLED=true ./talent up (it uses .run/auth/public.pem).""";
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
