package io.kys.cli;

import io.kys.kernel.KernelSpec;
import io.kys.kernel.KernelSpecInstaller;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kys kernel}: the Jupyter kernel's commands. */
@Command(name = "kernel", description = "Set up the Jupyter kernel \"Java (kys)\".",
        subcommands = {KernelCommand.Install.class})
public final class KernelCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code kys kernel install}: registers this jar as the kernel "Java (kys)" with Jupyter. */
    @Command(name = "install", description = {
        "Register the kernel \"Java (kys)\" with Jupyter, run from this kys.jar and its lib/ folder.",
        "Default: for the current user."})
    public static final class Install implements Callable<Integer> {
        @ArgGroup(exclusive = true)
        Where where;

        @Option(names = "--python", paramLabel = "PYTHON",
                description = "Python that has Jupyter (default: ${DEFAULT-VALUE}).")
        Path python = KernelSpecInstaller.DEFAULT_PYTHON;

        /** The mutually exclusive install locations. */
        static final class Where {
            @Option(names = "--user", description = "Install for the current user.")
            boolean user;

            @Option(names = "--prefix", paramLabel = "DIR", description = "Install under DIR/share/jupyter.")
            Path prefix;

            @Option(names = "--sys-prefix", description = "Install under the Python's prefix.")
            boolean sysPrefix;

            KernelSpecInstaller.Scope scope() {
                if (prefix != null) {
                    return KernelSpecInstaller.Scope.prefix(prefix);
                }
                return sysPrefix ? KernelSpecInstaller.Scope.sysPrefix() : KernelSpecInstaller.Scope.user();
            }
        }

        @Override
        public Integer call() {
            KernelSpecInstaller.Scope scope = where == null ? KernelSpecInstaller.Scope.user() : where.scope();
            String report = new KernelSpecInstaller(python)
                    .install(KernelSpec.installDirOfRunningJar(), KernelSpec.currentJava(), scope);
            System.out.println(report);
            return 0;
        }
    }
}
