package org.heritagesentinel.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Sees every skipped or aborted test of any engine (registered through META-INF/services, so a
 * module only needs this jar on its test classpath), prints one line per suite and reason, and
 * records every skipped test for the end-of-build list ({@link SkippedSuites}). A skip can therefore
 * never be silent.
 */
public final class SkipRecorder implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted without a reason"));
        }
    }

    /** Suite and reason already printed: a suite whose every test skips for one reason gets one line. */
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    private void record(TestIdentifier test, String reason) {
        String suite = suite(test);
        String name = test.isContainer() ? "" : test.getDisplayName();
        String why = reason == null || reason.isBlank() ? "no reason given" : reason;
        if (announced.add(suite + "\t" + why)) {
            System.out.println("[SKIPPED] " + suite + ": " + why);
        }
        SkippedSuites.append(suite, name, why);
    }

    private static String suite(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        String className;
        if (source instanceof MethodSource method) {
            className = method.getClassName();
        } else if (source instanceof ClassSource type) {
            className = type.getClassName();
        } else {
            return test.getDisplayName();
        }
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
