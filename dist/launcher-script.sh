#!/bin/sh
# Writes a Linux launcher as a shell script, from the configuration jpackage wrote for it: the same
# runtime, Java options, class path and main class, with $APPDIR worked out from the script's place.
# Why: jpackage's own Linux launcher (JDK 17) asks rpm and dpkg which package it belongs to at every
# start, about 0.4 s before Java starts, longer than all of `render` on a small diagram.
#
# The script also asks the JVM for transparent huge pages when the kernel hands them out on request
# ("madvise", the usual setting): the heap is then touched in 2 MB pages rather than 4 KB ones. Reading
# the 1M-event JSON faults in about 400 MB, and those faults took 0.6-0.8 s of system time: `check` of it
# went from 2.6 s to 1.6-1.7 s, and the window's first frame on a 100,000-event log from 2.3-2.8 s to
# 2.1-2.4 s; `render` of Figure 1 and the window on Figure 1 are no slower. The option is left out when the
# kernel says "always" (huge pages come anyway) or "never" (the JVM would print a warning).
#
# usage: launcher-script.sh LIB_APP_DIR/NAME.cfg BIN_DIR/NAME
set -eu
cfg=$1 out=$2
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: -)
options=$(sed -n 's/^java-options=\(.*\)$/"\1"/p' "$cfg" | paste -sd' ' -)
[ -n "$main" ] && [ -n "$classpath" ] || { echo "launcher-script.sh: no main class or class path in $cfg" >&2; exit 1; }
{
  echo '#!/bin/sh'
  echo "# Starts Spacetime ($main) on the image's own Java runtime; made from lib/app/$(basename "$cfg")"
  echo '# by dist/launcher-script.sh at build time, in place of jpackage'"'"'s launcher, which asks the'
  echo '# package managers which package it belongs to at every start.'
  echo 'APPDIR=$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd)'
  echo 'pages=; thp=; read -r thp 2>/dev/null < /sys/kernel/mm/transparent_hugepage/enabled || true'
  echo 'case $thp in *"[madvise]"*) pages=-XX:+UseTransparentHugePages ;; esac'
  echo "exec \"\$APPDIR/../runtime/bin/java\" \$pages $options -cp \"$classpath\" $main \"\$@\""
} > "$out.script"
chmod 755 "$out.script"
mv "$out.script" "$out"
