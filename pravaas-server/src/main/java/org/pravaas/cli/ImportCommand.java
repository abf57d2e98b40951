package org.pravaas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pravaas import}: loads files into a module's tables, checked row by row. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import files, checked row by row; a file with any bad row stores nothing.",
        subcommands = {ImportDisplacementCommand.class})
class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("pravaas import: choose what to import, e.g. 'pravaas import displacement FILE ...'");
        return 1;
    }
}
