package ai.talent.localstack.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the broker's loggers to WARN where its SLF4J output ends in a java.util.logging tree: the JDK's own,
 * or JBoss LogManager's under Quarkus tests (where the broker would otherwise print hundreds of INFO lines
 * before Quarkus applies its configured levels). A level someone already set is left alone.
 */
final class BrokerLogLevels {

    private static final List<String> CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger");
    private static final String JBOSS_LOG_CONTEXT = "org.jboss.logmanager.LogContext";
    /** java.util.logging keeps loggers weakly; held here so that the levels stay. */
    private static final List<Logger> HELD = new ArrayList<>();

    private BrokerLogLevels() {
    }

    static synchronized void quiet() {
        for (String category : CATEGORIES) {
            lower(Logger.getLogger(category));
            jbossLogger(category).ifPresent(BrokerLogLevels::lower);
        }
    }

    private static void lower(Logger logger) {
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
            HELD.add(logger);
        }
    }

    private static Optional<Logger> jbossLogger(String category) {
        try {
            Class<?> contextClass = Class.forName(JBOSS_LOG_CONTEXT, true, BrokerLogLevels.class.getClassLoader());
            Object context = contextClass.getMethod("getLogContext").invoke(null);
            return Optional.of((Logger) contextClass.getMethod("getLogger", String.class).invoke(context, category));
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // no JBoss LogManager here: the JDK's loggers above are the ones that count
            return Optional.empty();
        }
    }
}
