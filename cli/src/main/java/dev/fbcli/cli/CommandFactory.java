package dev.fbcli.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates command objects for picocli, handing each the run's {@link AppContext} when its
 * constructor asks for one. The REPL reuses the same factory as one-shot mode.
 */
public final class CommandFactory implements IFactory {
    private final AppContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    public CommandFactory(AppContext context) {
        this.context = context;
    }

    public AppContext context() {
        return context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == AppContext.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(context));
            }
        }
        return fallback.create(cls);
    }
}
