#!/bin/sh
# install.sh: build fb and install it for the current user.
#
#   ./install.sh [--prefix DIR] [--no-build]     install (default prefix: ~/.local)
#   ./install.sh [--prefix DIR] --uninstall      remove everything install.sh put there
#
# Installs the application into PREFIX/share/fb/app, a launcher into PREFIX/bin/fb, shell
# completions for bash, zsh and fish, the man pages (fb(1), fb-invoice-list(1), ...), and a
# start-up archive built for this JDK (class-data sharing; the AOT cache on Java 24+) that makes
# every `fb` start faster. Running it twice is safe: the second run replaces the first. Your data
# (config, sandbox database, journals) is never touched. FB_CDS=0 installs without the archive.
set -eu

prefix="${HOME}/.local"
action=install
build=1
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")" && pwd -P)
app="$prefix/share/fb/app"
bin="$prefix/bin/fb"
bash_completion="$prefix/share/bash-completion/completions/fb"
zsh_completion="$prefix/share/zsh/site-functions/_fb"
fish_completion="$prefix/share/fish/vendor_completions.d/fb.fish"
man_dir="$prefix/share/man/man1"

say() { printf '%s\n' "$*"; }

uninstall() {
  for f in "$bin" "$bash_completion" "$zsh_completion" "$fish_completion"; do
    if [ -e "$f" ]; then rm -f "$f"; say "removed $f"; fi
  done
  if [ -d "$man_dir" ]; then
    for f in "$man_dir"/fb.1 "$man_dir"/fb-*.1; do
      [ -e "$f" ] && { rm -f "$f"; say "removed $f"; }
    done
  fi
  if [ -d "$app" ]; then rm -rf "$app"; say "removed $app (with its start-up archive)"; fi
  rmdir "$prefix/share/fb" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  uninstall
  say "fb is uninstalled (your config and data directories were left alone)."
  exit 0
fi

# The JDK fb runs on: $JAVA_HOME, else the java on PATH, resolved now. The launcher keeps using it
# while it is there (so the start-up archive stays valid); JAVA_HOME chooses another at run time.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_bin="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java_bin=$(readlink -f "$(command -v java)")
else
  echo "install.sh: Java 17 or newer is needed (java not found)" >&2; exit 1
fi

# fb needs Java 17 or newer: say so now rather than when fb first runs
java_version=$("$java_bin" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
java_major=${java_version%%[!0-9]*}
[ "$java_major" = 1 ] && java_major=${java_version#1.} && java_major=${java_major%%[!0-9]*}
case $java_major in
  ''|*[!0-9]*) echo "install.sh: cannot tell the Java version of $java_bin; fb needs Java 17 or newer" >&2; exit 1 ;;
esac
if [ "$java_major" -lt 17 ]; then
  echo "install.sh: fb needs Java 17 or newer; $java_bin is Java $java_version (set JAVA_HOME to a JDK 17 or newer)" >&2
  exit 1
fi

if [ "$build" = 1 ]; then
  say "building fb (./mvnw -B -q -DskipTests package)..."
  "$root/mvnw" -B -q -f "$root/pom.xml" -DskipTests package
fi
[ -f "$root/cli/target/fb.jar" ] || { echo "install.sh: cli/target/fb.jar is missing; run without --no-build" >&2; exit 1; }

# The JVM options fb runs with, defined once in cli/src/dist/jvm-options.sh; the start-up archive
# is made with the same.
# shellcheck source=cli/src/dist/jvm-options.sh
. "$root/cli/src/dist/jvm-options.sh"
jvm_flags=$fb_jvm_flags

# Replace the application atomically enough: build the new tree beside the old, then swap.
mkdir -p "$prefix/share/fb" "$prefix/bin"
staging="$app.new.$$"
rm -rf "$staging"
mkdir -p "$staging/lib"
cp "$root/cli/target/fb.jar" "$staging/fb.jar"
cp "$root/cli/target/lib/"*.jar "$staging/lib/"
cp "$root/cli/src/dist/fb-cds.sh" "$staging/fb-cds.sh"
rm -rf "$app"
mv "$staging" "$app"
say "installed the application in $app"

# The start-up archive, for this JDK and these jars, made where they now are (the JVM checks the
# jars' paths, sizes and times). The launcher rebuilds it by itself when the JDK changes.
if [ "${FB_CDS:-1}" != 0 ]; then
  say "building the start-up archive (a training run of a few commands)..."
  if FB_JVM_FLAGS=$jvm_flags sh "$app/fb-cds.sh" "$java_bin" "$app/fb.jar" "$app/fb"; then
    say "installed the start-up archive $app/fb.$(sed -n 1p "$app/fb.cds") for $java_bin"
  else
    say "note: no start-up archive (see above): fb works, it only starts slower."
  fi
fi

{
  printf '%s\n' '#!/bin/sh' \
    "# fb launcher written by install.sh; remove with: $root/install.sh --prefix '$prefix' --uninstall"
  printf "app='%s'\n" "$(printf '%s' "$app" | sed "s/'/'\\\\''/g")"
  printf "java_default='%s'\n" "$(printf '%s' "$java_bin" | sed "s/'/'\\\\''/g")"
  cat "$root/cli/src/dist/jvm-options.sh"
  cat <<'EOF'
flags=$fb_jvm_flags
jar="$app/fb.jar"
cds_base="$app/fb"
cds_script="$app/fb-cds.sh"
cds_stale() { return 1; } # the jars change only with install.sh, which rebuilds the archive
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
EOF
  cat "$root/cli/src/dist/launcher-cds.sh"
  cat <<'EOF'
# A long-running server (fb sandbox serve) runs with the JIT's full tiering.
fb_run_flags "$flags" "$@"
# FB_JAVA_OPTS adds JVM options (for example -Xmx).
# shellcheck disable=SC2086
exec "$java" $fb_run_flags ${cds_file:+"$cds_file"} $cds_log ${FB_JAVA_OPTS:-} -jar "$jar" "$@"
EOF
} > "$bin.new.$$"
chmod 755 "$bin.new.$$"
mv "$bin.new.$$" "$bin"
say "installed the launcher $bin"

# Shell completion and man pages, written at build time from the command model.
gen="$root/cli/target"
if [ -f "$gen/completions/fb" ]; then
  mkdir -p "${bash_completion%/*}" "${zsh_completion%/*}" "${fish_completion%/*}"
  cp "$gen/completions/fb" "$bash_completion"
  cp "$gen/completions/_fb" "$zsh_completion"
  cp "$gen/completions/fb.fish" "$fish_completion"
  say "installed completions for bash, zsh and fish:"
  say "  $bash_completion"
  say "  $zsh_completion"
  say "  $fish_completion"
else
  say "note: no completion scripts in $gen/completions (an older build?): \`fb completion bash|zsh|fish\` prints them"
fi
if ls "$gen/man/"*.1 >/dev/null 2>&1; then
  mkdir -p "$man_dir"
  for f in "$man_dir"/fb.1 "$man_dir"/fb-*.1; do [ -e "$f" ] && rm -f "$f"; done # pages of removed commands go
  cp "$gen/man/"*.1 "$man_dir/"
  say "installed $(ls "$gen/man/"*.1 | wc -l | tr -d ' ') man pages in $man_dir (\`man fb\`, \`man fb-invoice-list\`)"
fi

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) say "note: $prefix/bin is not on your PATH; add it to use \`fb\` from anywhere." ;;
esac
case $prefix in
  /usr/local | /usr) ;;
  *) say "note: bash-completion and fish find the completions when $prefix/share is in XDG_DATA_DIRS, man finds"
     say "      the pages through PATH ($prefix/bin), zsh needs $prefix/share/zsh/site-functions in fpath:"
     say "      docs/completion.md says how." ;;
esac
say "done: run \`fb --version\`, then \`fb --sandbox 'log 3 hours of design on Acme'\`."
