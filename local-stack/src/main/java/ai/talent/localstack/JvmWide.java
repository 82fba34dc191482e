package ai.talent.localstack;

import java.lang.reflect.InvocationTargetException;

/**
 * Runs a static method on its class as the system class loader sees it. Quarkus may load a test resource
 * once per application class loader; going through the system class loader keeps one broker or node per
 * JVM, owned by a class loader that is never closed while its threads run.
 */
public final class JvmWide {

    private JvmWide() {
    }

    /** Calls {@code owner.method()} (public, static, no arguments, returning a String) on the JVM-wide copy of owner. */
    public static String call(Class<?> owner, String method) {
        Class<?> target;
        try {
            target = Class.forName(owner.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            // not on the system class path (e.g. a dev-mode class loader): this class loader's copy will do
            target = owner;
        }
        // Kafka and Elasticsearch load plugins through the context class loader: it must be the owner's too.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(target.getClassLoader());
        try {
            return (String) target.getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(owner.getSimpleName() + "." + method + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getName() + "." + method + "() must be public, static and take no"
                    + " arguments", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
