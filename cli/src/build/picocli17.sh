#!/bin/sh
# Build step (cli/pom.xml, package phase): picocli's published jar is Java 5 bytecode (class file
# 49), which class-data sharing skips ("Pre JDK 6 class not supported by CDS"), and with it every
# class that implements a picocli interface. This recompiles picocli's own sources (unpacked from
# info.picocli:picocli:<version>:sources) with --release 17 and puts the result in target/lib/ under
# the same file name, so fb.jar's manifest Class-Path is unchanged. Same source, same behaviour.
# -XDstringConcat=inline keeps string concatenation as StringBuilder code, as in the Java 5 jar:
# javac's default for 9+ (invokedynamic) spins method-handle classes on first use of each site,
# which costs start-up time and which the archive does not keep.
#
#   picocli17.sh JAVA_HOME WORK_DIR TARGET_JAR
set -eu
jdk=$1
work=$2
target=$3
jar="$work/picocli-release17.jar"

if [ ! -f "$jar" ] || [ -n "$(find "$work/src" -newer "$jar" -name '*.java' 2>/dev/null | head -n 1)" ]; then
  rm -rf "$work/classes"
  mkdir -p "$work/classes"
  find "$work/src" -name '*.java' > "$work/sources.txt"
  "$jdk/bin/javac" --release 17 -XDstringConcat=inline -nowarn -Xlint:none -XDsuppressNotes -encoding UTF-8 \
    -d "$work/classes" @"$work/sources.txt"
  "$jdk/bin/jar" --create --file "$jar.tmp" -C "$work/classes" .
  mv "$jar.tmp" "$jar"
fi
# keep the copy's time stamp when it is already this jar (a CDS archive records jar times)
cmp -s "$jar" "$target" 2>/dev/null || cp -p "$jar" "$target"
