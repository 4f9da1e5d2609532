#!/bin/sh
# Writes a Linux launcher as a shell script, from the configuration jpackage wrote for it: the same
# runtime, Java options, class path and main class, with $APPDIR worked out from the script's place.
# Why: jpackage's own Linux launcher (JDK 17) asks rpm and dpkg which package it belongs to at every
# start, about 0.4 s before Java starts, longer than all of `render` on a small diagram.
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
  echo "exec \"\$APPDIR/../runtime/bin/java\" $options -cp \"$classpath\" $main \"\$@\""
} > "$out.script"
chmod 755 "$out.script"
mv "$out.script" "$out"
