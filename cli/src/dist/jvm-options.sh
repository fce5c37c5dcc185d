# The JVM options fb runs with, defined once. The development launcher ./fb sources this file;
# install.sh sources it when it builds the start-up archive and inlines it into the launcher it
# writes; both hand $fb_jvm_flags to fb-cds.sh, because an archive must be made with the options it
# is used with. POSIX sh, no process forked.
#
# A short-lived CLI: serial GC, C1 only (quick to warm up), no perf data file, class-data sharing
# when an archive is there; SQLite's native library may load without a warning on Java 22+.
fb_jvm_flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"

# fb_long_running ARGS...: true when the command line starts a server that runs for a long time
# (`fb sandbox serve`, `fb mcp`), global options before or between the words allowed. Such a run
# wants the JIT's full tiering: C1 only costs it about a third more time per request.
fb_long_running() {
  fb_lr_word=
  while [ $# -gt 0 ]; do
    case $1 in
      --parser) [ $# -ge 2 ] || return 1; shift 2; continue ;;
      --) return 1 ;;
      -*) shift; continue ;;
    esac
    if [ -z "$fb_lr_word" ]; then
      case $1 in
        mcp) return 0 ;;
        sandbox) fb_lr_word=sandbox; shift; continue ;;
        *) return 1 ;;
      esac
    fi
    [ "$1" = serve ] && return 0
    return 1
  done
  return 1
}

# fb_run_flags FLAGS ARGS...: sets $fb_run_flags, the options of this run: FLAGS, without the C1-only
# setting for a long-running server.
fb_run_flags() {
  fb_run_flags=$1
  shift
  if fb_long_running "$@"; then
    case " $fb_run_flags " in
      *" -XX:TieredStopAtLevel=1 "*)
        fb_run_flags="${fb_run_flags%%-XX:TieredStopAtLevel=1*}${fb_run_flags#*-XX:TieredStopAtLevel=1 }" ;;
    esac
  fi
}
