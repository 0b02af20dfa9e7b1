package org.sepakat.it.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that share a deployment ({@link SharedDeployments}: the same archive
 * instance) one after the other, so the archive is deployed once for all of them; then the classes
 * without a deployment. By class name within each group. Set as the default class order in
 * junit-platform.properties.
 */
public class ByDeployment implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        classes.sort(
                Comparator.comparing(descriptor -> descriptor.getTestClass().getName()));
        // a group is named after its first class by name
        Map<Object, String> groups = new IdentityHashMap<>();
        Map<ClassDescriptor, String> keys = new HashMap<>();
        for (ClassDescriptor descriptor : classes) {
            String name = descriptor.getTestClass().getName();
            keys.put(
                    descriptor,
                    sharedArchive(descriptor.getTestClass())
                            .map(archive -> "0 " + groups.computeIfAbsent(archive, first -> name) + " " + name)
                            .orElse("1 " + name));
        }
        classes.sort(Comparator.comparing(keys::get));
    }

    /** The archive of the class's deployment, which {@link SharedDeployments} may share. */
    private static Optional<Object> sharedArchive(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Deployment.class)) {
                    return Optional.of(invoke(method));
                }
            }
        }
        return Optional.empty();
    }

    private static Object invoke(Method method) {
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalStateException("@Deployment method is not static: " + method);
        }
        try {
            method.setAccessible(true);
            return method.invoke(null);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build the deployment of " + method, e);
        }
    }
}
