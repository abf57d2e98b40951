package org.pravaas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pravaas bench}: measured runs whose results go into docs/benchmarks.md. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure Pravaas on this machine. Every run is bounded and talks to loopback only.",
        subcommands = {
            HttpBench.class,
            StartupBench.class,
            MatchBench.class,
            GovernanceBench.class,
            RegistryBench.class,
            DisplacementBench.class,
            HealthBench.class,
            VotingBench.class,
            SkillsBench.class,
            MovementBench.class,
            CaseworkBench.class,
            ProgrammeBench.class
        })
class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println(
                "pravaas bench: choose a benchmark: http, startup, match, governance, registry, displacement, health,"
                        + " voting, skills, movement, casework, programmes");
        return 1;
    }
}
