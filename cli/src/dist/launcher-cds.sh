# Start-up archive selection, shared by the launcher install.sh writes (which inlines this file)
# and the development launcher ./fb (which sources it). POSIX sh, and no process is forked on the
# common path: a launcher runs on every `fb`, and a fork costs milliseconds on a busy machine.
#
# In:  cds_base      the archive's path without extension (…/fb: fb.jsa or fb.aot, and fb.cds)
#      cds_script    fb-cds.sh, which builds the archive
#      jar           fb.jar
#      flags         the JVM options fb runs with (the archive is made with the same ones)
#      java_default  the java to run unless JAVA_HOME is set (install.sh: the JDK found at install
#                    time); empty: the java on PATH
#      cds_stale     a function: true when the jars are newer than the archive
# Out: java          the java binary to run (checked to be Java 17 or newer: else a clear error, exit 1)
#      cds_file      the option that uses the archive (-XX:SharedArchiveFile=… or -XX:AOTCache=…), or empty
#      cds_log       the options that keep the JVM's archive messages off the terminal, or empty
#
# The java's version is read from its JDK's release file (no fork); only a java found through a
# symlink with no archive made for it yet is asked with `java -version` (an archive is made only
# for a Java 17+ it checked).
#
# The archive is used only when fb.cds says it was built for this java and this JDK build
# (JAVA_RUNTIME_VERSION in the JDK's release file) and the jars are not newer; otherwise it is
# rebuilt in the background for the next runs (once: fb.lock, which holds the builder's pid; a lock
# whose process is gone, or older than 10 minutes, was left by a killed build and is taken over), and
# this run starts without it.
# The JVM also checks the jars itself and silently ignores an archive that does not fit them.
# FB_CDS=0 turns all of this off.
cds_kind= cds_java= cds_version= cds_file= cds_log=
if [ -r "$cds_base.cds" ]; then
  { IFS= read -r cds_kind; IFS= read -r cds_java; IFS= read -r cds_version; } < "$cds_base.cds" || :
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
elif [ -n "${java_default:-}" ] && [ -x "$java_default" ]; then
  java=$java_default
else
  # the java on PATH, found as the shell would, without forking `command -v`
  java=java
  cds_ifs=$IFS
  IFS=:
  for cds_dir in $PATH; do
    if [ -f "${cds_dir:-.}/java" ] && [ -x "${cds_dir:-.}/java" ]; then java=${cds_dir:-.}/java; break; fi
  done
  IFS=$cds_ifs
fi
cds_now= cds_major=
case $java in
  */bin/java)
    if [ -r "${java%/bin/java}/release" ]; then
      while IFS= read -r cds_line; do
        case $cds_line in
          JAVA_RUNTIME_VERSION=*) cds_now=${cds_line#JAVA_RUNTIME_VERSION=} ;;
          JAVA_VERSION=*) cds_major=${cds_line#JAVA_VERSION=}; cds_major=${cds_major#\"} ;;
        esac
      done < "${java%/bin/java}/release"
    fi
    ;;
esac
case $java in
  */*) ;;
  *) echo "fb: Java 17 or newer is needed, and no java was found: set JAVA_HOME or put java on PATH" >&2; exit 1 ;;
esac
if [ -z "$cds_major" ] && ! { [ -n "$cds_kind" ] && [ "$java" = "$cds_java" ]; }; then
  cds_major=$("$java" -version 2>&1) || :
  cds_major=${cds_major#*version \"}
fi
cds_said=${cds_major%%[\" ]*}
cds_major=${cds_major%%[!0-9]*}
if [ "${cds_major:-0}" = 1 ] || { [ -n "$cds_major" ] && [ "$cds_major" -lt 17 ]; }; then
  echo "fb: Java 17 or newer is needed; $java is Java $cds_said (set JAVA_HOME to a JDK 17 or newer)" >&2
  exit 1
fi

# Takes the archive build lock; a lock left by a killed build (its process gone, or older than 10
# minutes) is taken over. Forks only when a lock is there.
cds_lock() {
  mkdir "$cds_base.lock" 2>/dev/null && return 0
  cds_pid=
  [ -r "$cds_base.lock/pid" ] && { IFS= read -r cds_pid < "$cds_base.lock/pid"; } 2>/dev/null
  if [ -z "$cds_pid" ] || kill -0 "$cds_pid" 2>/dev/null; then
    [ -n "$(find "$cds_base.lock" -maxdepth 0 -mmin +10 2>/dev/null)" ] || return 1
  fi
  rm -rf "$cds_base.lock" && mkdir "$cds_base.lock" 2>/dev/null
}

if [ "${FB_CDS:-1}" != 0 ]; then
  # (a java found through a symlink such as /usr/bin/java has no release file beside it: then only
  # its path is compared, and the JVM's own check catches another JDK behind the same path)
  if [ -n "$cds_kind" ] && [ "$java" = "$cds_java" ] && { [ -z "$cds_now" ] || [ "$cds_now" = "$cds_version" ]; } \
      && [ -f "$cds_base.$cds_kind" ] && ! cds_stale; then
    case $cds_kind in
      jsa) cds_file="-XX:SharedArchiveFile=$cds_base.jsa"; cds_log="-Xlog:cds=off -Xlog:cds+dynamic=off" ;;
      aot)
        cds_file="-XX:AOTCache=$cds_base.aot"; cds_log="-Xlog:disable"
        case " $flags " in *" -Xshare:auto "*) flags="${flags%%-Xshare:auto*}${flags#*-Xshare:auto}" ;; esac
        ;;
    esac
  elif [ -w "${cds_base%/*}" ] && [ -f "$cds_script" ] && cds_lock; then
    (
      trap 'rm -rf "$cds_base.lock"' EXIT
      FB_JVM_FLAGS=$flags sh "$cds_script" "$java" "$jar" "$cds_base"
    ) </dev/null >/dev/null 2>&1 &
    { echo "$!" > "$cds_base.lock/pid"; } 2>/dev/null || :
  fi
fi
