#!/bin/sh
# Dumps the AppCDS archive of an installed Archetype (the deb's postinst runs it as
# /opt/archetype/lib/app/dump-cds.sh; build.sh runs it for the app image in target/package).
# The archive is only valid for the jar paths it is made with, so it is made where the app lives.
# Usage: dump-cds.sh APPDIR   (the folder holding bin/ and lib/)
set -e
root=$(cd "${1:?usage: dump-cds.sh APPDIR}" && pwd)
app=$root/lib/app
[ -f "$app/archetype.classlist" ] || exit 0
# The class path exactly as the launcher builds it from Archetype.cfg.
cp=$(sed -n "s|^app.classpath=\$APPDIR|$app|p" "$app/Archetype.cfg" | paste -sd: -)
rm -f "$app/archetype.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+map=off \
    -XX:SharedClassListFile="$app/archetype.classlist" -XX:SharedArchiveFile="$app/archetype.jsa" \
    -cp "$cp" >/dev/null 2>&1 || { rm -f "$app/archetype.jsa"; echo "archetype: no class-data archive (start-up will be slower)" >&2; }
exit 0
