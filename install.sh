#!/bin/sh
# install.sh: build fb and install it for the current user.
#
#   ./install.sh [--prefix DIR] [--no-build]     install (default prefix: ~/.local)
#   ./install.sh [--prefix DIR] --uninstall      remove everything install.sh put there
#
# Installs the application into PREFIX/share/fb/app, a launcher into PREFIX/bin/fb, shell
# completions and man pages where the build produced them. Running it twice is safe: the second
# run replaces the first. Your data (config, sandbox database, journals) is never touched.
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
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
  if [ -d "$app" ]; then rm -rf "$app"; say "removed $app"; fi
  rmdir "$prefix/share/fb" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  uninstall
  say "fb is uninstalled (your config and data directories were left alone)."
  exit 0
fi

command -v java >/dev/null 2>&1 || [ -n "${JAVA_HOME:-}" ] || { echo "install.sh: Java 17 or newer is needed (java not found)" >&2; exit 1; }

if [ "$build" = 1 ]; then
  say "building fb (./mvnw -B -q -DskipTests package)..."
  "$root/mvnw" -B -q -f "$root/pom.xml" -DskipTests package
fi
[ -f "$root/cli/target/fb.jar" ] || { echo "install.sh: cli/target/fb.jar is missing; run without --no-build" >&2; exit 1; }

# Replace the application atomically enough: build the new tree beside the old, then swap.
mkdir -p "$prefix/share/fb" "$prefix/bin"
staging="$app.new.$$"
rm -rf "$staging"
mkdir -p "$staging/lib"
cp "$root/cli/target/fb.jar" "$staging/fb.jar"
cp "$root/cli/target/lib/"*.jar "$staging/lib/"
rm -rf "$app"
mv "$staging" "$app"
say "installed the application in $app"

cat > "$bin.new.$$" <<EOF
#!/bin/sh
# fb launcher written by install.sh; remove with: $root/install.sh --prefix '$prefix' --uninstall
app='$app'
case "\${LC_ALL:-\${LC_CTYPE:-\${LANG:-}}}" in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
java=java
if [ -n "\${JAVA_HOME:-}" ] && [ -x "\$JAVA_HOME/bin/java" ]; then java="\$JAVA_HOME/bin/java"; fi
# shellcheck disable=SC2086
exec "\$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto \\
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 \\
  \${FB_JAVA_OPTS:-} -jar "\$app/fb.jar" "\$@"
EOF
chmod 755 "$bin.new.$$"
mv "$bin.new.$$" "$bin"
say "installed the launcher $bin"

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) say "note: $prefix/bin is not on your PATH; add it to use \`fb\` from anywhere." ;;
esac
say "done: run \`fb --version\`, then \`fb --sandbox 'log 3 hours of design on Acme'\`."
