#!/bin/sh
# fb-cds.sh: builds the start-up archive that makes `fb` start faster, for one JDK and one fb.jar.
#
#   FB_JVM_FLAGS=... fb-cds.sh JAVA JAR OUT   (JAVA: the java binary; JAR: fb.jar with its lib/ beside it;
#                                OUT: path prefix: writes OUT.jsa or OUT.aot, and OUT.cds)
#
# Java 17-23: an application class-data-sharing archive (AppCDS, dynamic): a training run
# (dev.fbcli.cli.StartupTraining: --version, help, parse --json, a usage error, sandbox reads and a
# dry-run write, in a throwaway FB_HOME) with -XX:ArchiveClassesAtExit, used with
# -XX:SharedArchiveFile. Java 24: the AOT cache (JEP 483), recorded then created; Java 25+: the AOT
# cache in one step (-XX:AOTCacheOutput); used with -XX:AOTCache (and without -Xshare:auto, which
# the AOT options refuse). Verified here on Java 17 (Debian) and 25 (Temurin); 24 is not.
#
# OUT.cds records what the archive was built for, one item a line: its kind (jsa or aot), JAVA as
# given (the path the launcher runs) and that JDK's JAVA_RUNTIME_VERSION (symlinks resolved). The launchers (install.sh's and
# ./fb) use the archive only when those still match, and rebuild it otherwise; the JVM itself checks
# the jars (paths, sizes, times) and ignores an archive that does not fit them.
#
# The archive is written under a temporary name, checked by a run that must map it
# (-Xshare:on / -XX:AOTMode=on), and only then renamed into place: a half-written archive can crash
# the JVM (SIGBUS), so none is ever left where a launcher looks. Prints nothing on success unless
# FB_CDS_VERBOSE=1; exits non-zero, leaving no archive, on failure.
set -eu

[ $# -eq 3 ] || { echo "usage: fb-cds.sh JAVA JAR OUT" >&2; exit 2; }
java=$1
jar=$2
out=$3
# The JVM options the launchers run fb with (jvm-options.sh, handed over by the launchers and
# install.sh): an archive must be made and used with the same ones.
flags=${FB_JVM_FLAGS:?"FB_JVM_FLAGS must hold the JVM options fb runs with (see jvm-options.sh)"}
say() { [ "${FB_CDS_VERBOSE:-}" != 1 ] || printf '%s\n' "$*" >&2; }

real_java=$(readlink -f "$(command -v "$java")")
jdk=${real_java%/bin/java}
runtime_version=
if [ -r "$jdk/release" ]; then
  while IFS= read -r line; do
    case $line in JAVA_RUNTIME_VERSION=*) runtime_version=${line#JAVA_RUNTIME_VERSION=} ;; esac
  done < "$jdk/release"
fi
version=$("$real_java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
major=${version%%[.+-]*}
case $major in ''|*[!0-9]*) echo "fb-cds.sh: cannot tell the Java version of $real_java" >&2; exit 1 ;; esac
[ "$major" -ge 17 ] || { echo "fb-cds.sh: fb needs Java 17 or newer ($real_java is $version)" >&2; exit 1; }

if [ "$major" -ge 24 ]; then
  kind=aot
  # the AOT cache options refuse -Xshare:*; the launchers drop it too when they use the cache
  case " $flags " in *" -Xshare:auto "*) flags="${flags%%-Xshare:auto*}${flags#*-Xshare:auto}" ;; esac
else
  kind=jsa
fi
tmp="$out.$kind.tmp.$$"
conf="$out.aotconf.tmp.$$"
trap 'rm -f "$tmp" "$conf"' EXIT INT TERM
rm -f "$out.cds"

say "fb-cds.sh: training run on Java $version ($kind)"
# shellcheck disable=SC2086
case $kind in
  jsa)
    # the training run's own check failing (exit 1) still leaves a usable archive; the check below decides
    "$real_java" $flags -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -cp "$jar" dev.fbcli.cli.StartupTraining >/dev/null 2>&1 || true
    [ -s "$tmp" ] || { echo "fb-cds.sh: the training run wrote no archive" >&2; exit 1; }
    "$real_java" $flags -Xshare:on -XX:SharedArchiveFile="$tmp" -jar "$jar" --version >/dev/null 2>&1 \
      || { echo "fb-cds.sh: the new archive does not load; fb runs without it" >&2; exit 1; }
    ;;
  aot)
    if [ "$major" -ge 25 ]; then
      "$real_java" $flags -XX:AOTCacheOutput="$tmp" -Xlog:disable \
        -cp "$jar" dev.fbcli.cli.StartupTraining >/dev/null 2>&1 || true
    else
      "$real_java" $flags -XX:AOTMode=record -XX:AOTConfiguration="$conf" -Xlog:disable \
        -cp "$jar" dev.fbcli.cli.StartupTraining >/dev/null 2>&1 || true
      "$real_java" $flags -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$tmp" \
        -Xlog:disable -cp "$jar" >/dev/null 2>&1 || true
    fi
    [ -s "$tmp" ] || { echo "fb-cds.sh: the training run wrote no AOT cache" >&2; exit 1; }
    "$real_java" $flags -XX:AOTMode=on -XX:AOTCache="$tmp" -jar "$jar" --version >/dev/null 2>&1 \
      || { echo "fb-cds.sh: the new AOT cache does not load; fb runs without it" >&2; exit 1; }
    ;;
esac

mv -f "$tmp" "$out.$kind"
[ "$kind" = jsa ] && rm -f "$out.aot" || rm -f "$out.jsa"
printf '%s\n%s\n%s\n' "$kind" "$java" "$runtime_version" > "$out.cds.tmp.$$"
mv -f "$out.cds.tmp.$$" "$out.cds"
say "fb-cds.sh: wrote $out.$kind"
