#!/usr/bin/env python3
"""Start-up benchmark for docs/BENCHMARKS.md ("Start-up").

Runs every variant once per round, in the same order, for ROUNDS rounds (paired: each round sees
the same machine load for all variants), measuring the wall time of the whole process (launcher
included) with time.perf_counter around subprocess.run, and its CPU time (user+sys of the process
and its children, from getrusage), which a busy machine inflates less than the wall time. Prints a markdown table of medians, with
the ratio to `java -version` and to the variant's no-archive twin.

    python3 cli/src/bench/startup_bench.py PREFIX [ROUNDS]

PREFIX is an install.sh --prefix (with its archive). Optional extra installs are picked up when
present: PREFIX-orig-picocli (the same, with the published Java 5 picocli jar and an archive made
with it) and PREFIX-25 (installed with JAVA_HOME pointing at a Java 25, so with the AOT cache).
The dev launcher ./fb of this checkout is measured too. FB_CDS=0 gives each launcher's
no-archive twin. Everything runs in a throwaway FB_HOME whose sandbox is seeded first.

    python3 cli/src/bench/startup_bench.py PREFIX ROUNDS BASELINE

BASELINE (another install.sh --prefix, say of the commit before a change) adds its installed
variants to every round, and a second table of the ratios PREFIX / BASELINE.
"""
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PHRASE = "log 3 hours of design on Acme"
READ = "show unpaid invoices"
# the launchers' JVM options (cli/src/dist/jvm-options.sh), for `java -version` on the same options
FLAGS = re.search(r'^fb_jvm_flags="([^"]*)"', open(os.path.join(ROOT, "cli", "src", "dist", "jvm-options.sh")).read(),
                  re.M).group(1).split()


def main():
    prefix = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    home = tempfile.mkdtemp(prefix="fb-bench-")
    base_env = {k: v for k, v in os.environ.items() if k not in ("FB_JAVA_OPTS", "FB_CDS", "JAVA_HOME")}
    base_env["FB_HOME"] = home
    base_env["NO_COLOR"] = "1"
    no_cds = dict(base_env, FB_CDS="0")

    fb = os.path.join(prefix, "bin", "fb")
    java17 = open(os.path.join(prefix, "share", "fb", "app", "fb.cds")).read().split("\n")[1]
    variants = [
        ("java -version (Java 17)", [java17] + FLAGS + ["-version"], base_env),
        ("fb --version, archive", [fb, "--version"], base_env),
        ("fb --version, no archive", [fb, "--version"], no_cds),
        ("fb parse --json '…', archive", [fb, "parse", "--json", PHRASE], base_env),
        ("fb parse --json '…', no archive", [fb, "parse", "--json", PHRASE], no_cds),
        ("fb --sandbox 'show unpaid invoices', archive", [fb, "--sandbox", READ], base_env),
        ("fb --sandbox 'show unpaid invoices', no archive", [fb, "--sandbox", READ], no_cds),
        ("./fb parse --json '…' (dev), archive", [os.path.join(ROOT, "fb"), "parse", "--json", PHRASE], base_env),
        ("./fb parse --json '…' (dev), no archive", [os.path.join(ROOT, "fb"), "parse", "--json", PHRASE], no_cds),
    ]
    baseline = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    if baseline:
        fbb = os.path.join(baseline, "bin", "fb")
        variants += [
            ("baseline: fb --version, archive", [fbb, "--version"], base_env),
            ("baseline: fb parse --json '…', archive", [fbb, "parse", "--json", PHRASE], base_env),
            ("baseline: fb parse --json '…', no archive", [fbb, "parse", "--json", PHRASE], no_cds),
            ("baseline: fb --sandbox 'show unpaid invoices', archive", [fbb, "--sandbox", READ], base_env),
            ("baseline: fb --sandbox 'show unpaid invoices', no archive", [fbb, "--sandbox", READ], no_cds),
        ]
    orig = prefix + "-orig-picocli"
    if os.path.isdir(orig):
        variants.append(("fb parse --json '…', archive, published picocli (Java 5)",
                         [os.path.join(orig, "bin", "fb"), "parse", "--json", PHRASE], base_env))
    p25 = prefix + "-25"
    if os.path.isdir(p25):
        fb25 = os.path.join(p25, "bin", "fb")
        java25 = open(os.path.join(p25, "share", "fb", "app", "fb.cds")).read().split("\n")[1]
        variants += [
            ("java -version (Java 25)", [java25] + FLAGS + ["-version"], base_env),
            ("fb parse --json '…', Java 25, AOT cache", [fb25, "parse", "--json", PHRASE], base_env),
            ("fb parse --json '…', Java 25, no AOT cache", [fb25, "parse", "--json", PHRASE], no_cds),
        ]

    # seed the sandbox and warm the file cache: one untimed run of each
    for _, cmd, env in variants:
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    times = {name: [] for name, _, _ in variants}
    cpu = {name: [] for name, _, _ in variants}
    load_before = os.getloadavg()
    for _ in range(rounds):
        for name, cmd, env in variants:
            u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            t1 = time.perf_counter()
            u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append((u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime))
            if r.returncode != 0:
                sys.exit(f"{name}: exit {r.returncode}: {r.stderr.decode()}")
            if r.stderr and "sandbox" not in name and not name.startswith("java"):
                sys.exit(f"{name}: unexpected stderr: {r.stderr.decode()}")
            times[name].append(t1 - t0)
    load_after = os.getloadavg()

    med = {n: statistics.median(v) for n, v in times.items()}
    jv = med["java -version (Java 17)"]
    print(f"rounds: {rounds}; load average before {load_before[0]:.1f}, after {load_after[0]:.1f} (2 cores)")
    print()
    print("| variant | wall median | wall min | × java -version | archive speed-up (wall) | CPU median (user+sys) | archive speed-up (CPU) |")
    print("|---|---|---|---|---|---|---|")
    for name, _, _ in variants:
        twin = name.replace(", archive", ", no archive").replace(", AOT cache", ", no AOT cache")
        has_twin = twin != name and twin in med
        speedup = f"{med[twin] / med[name]:.2f}×" if has_twin else ""
        cmed = statistics.median(cpu[name])
        cspeed = f"{statistics.median(cpu[twin]) / cmed:.2f}×" if has_twin else ""
        ref = med.get("java -version (Java 25)", jv) if "Java 25" in name else jv
        print(f"| {name} | {med[name]:.3f} s | {min(times[name]):.3f} s | {med[name] / ref:.1f} | {speedup} | {cmed:.3f} s | {cspeed} |")
    if baseline:
        print()
        print("| variant | wall median, this / baseline | ratio | CPU median, this / baseline | ratio |")
        print("|---|---|---|---|---|")
        for name, _, _ in variants:
            base = "baseline: " + name
            if base in med:
                c, cb = statistics.median(cpu[name]), statistics.median(cpu[base])
                print(f"| {name} | {med[name]:.3f} s / {med[base]:.3f} s | {med[name] / med[base]:.2f} "
                      f"| {c:.3f} s / {cb:.3f} s | {c / cb:.2f} |")


if __name__ == "__main__":
    main()
