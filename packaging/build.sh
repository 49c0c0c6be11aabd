#!/usr/bin/env bash
# Builds the Archetype app image and installer for this platform with jlink + jpackage (JDK 17+).
#
#   mvn -B -DskipTests package     # leaves target/archetype.jar and target/libs/
#   packaging/build.sh             # Linux: app image + .deb · macOS: app image + .dmg · Windows (Git Bash): app image + .msi
#   packaging/build.sh app-image   # only the app image (any platform)
#
# Output in target/package/. The runtime holds only the JDK modules jdeps finds in the jar and its
# libraries, plus locale data, extra charsets and EC crypto. JavaFX stays on the class path as the
# jars in libs/ (they are not used as modules in this build), so the launcher is the plain
# dev.archetype.Launcher, which does not extend Application.
set -euo pipefail
# (empty arrays are expanded as ${a[@]+"${a[@]}"}: bash 3.2 on macOS treats "${a[@]}" as unbound under set -u)
cd "$(dirname "$0")/.."

jar=target/archetype.jar
[[ -f $jar && -d target/libs ]] || { echo "build.sh: $jar or target/libs missing; run 'mvn -B -DskipTests package' first" >&2; exit 1; }
for tool in jdeps jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not found; put a JDK 17+ bin/ on PATH" >&2; exit 1; }
done

case "$(uname -s)" in
  Linux)                platform=linux;   icon=icons/png/archetype-256.png; installer=deb ;;
  Darwin)               platform=macos;   icon=icons/archetype.icns;        installer=dmg ;;
  MINGW*|MSYS*|CYGWIN*) platform=windows; icon=icons/archetype.ico;         installer=msi ;;
  *) echo "build.sh: unsupported platform $(uname -s)" >&2; exit 1 ;;
esac
if (( $# > 0 )); then types=("$@"); else types=(app-image "$installer"); fi

out=target/package
java_opts=()
if [[ " ${types[*]} " == *" app-image "* ]]; then
  rm -rf "$out"
  mkdir -p "$out/input/libs"
  cp "$jar" "$out/input/"
  # The classifier-less javafx-*.jar are empty placeholders next to the platform jars; leave them out.
  for lib in target/libs/*.jar; do
    case "$(basename "$lib")" in javafx-*-[0-9]*[0-9].jar) ;; *) cp "$lib" "$out/input/libs/" ;; esac
  done

  echo "== jdeps: JDK modules used by archetype.jar and libs/"
  # Libraries on the module path so modular jars (POI, JavaFX) resolve their requirements.
  deps=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
          --module-path "$out/input/libs" "$out"/input/libs/*.jar "$out/input/archetype.jar" 2>/dev/null | tail -1)
  [[ $deps == java.base* ]] || { echo "build.sh: jdeps gave no module list: $deps" >&2; exit 1; }
  # localedata: number/date formats of every locale; charsets: Shift_JIS, GB18030 … for CSV imports;
  # crypto.ec: TLS and XML signatures; zipfs: safe handling of zip-based workbooks by libraries that ask for it.
  modules="$deps,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
  echo "$modules" | tee "$out/modules.txt"

  # jdk.incubator.vector (k-means' vector kernel) goes into the runtime but not into the launcher's options: the
  # JVM would announce it on stderr before every command. The command line's child JVM for large files adds it
  # itself and drops that notice (dev.archetype.CliJvm); elsewhere the scalar kernel gives the same values.

  echo "== jlink"
  # The CDS archive of the runtime's own classes saves ~10-20 % of start-up. The no-compressed-oops
  # variant only serves heaps over 32 GB and costs 11 MB, so it goes.
  jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
        --generate-cds-archive --output "$out/runtime"
  rm -f "$out"/runtime/lib/server/classes_nocoops.jsa "$out"/runtime/bin/server/classes_nocoops.jsa

  if [[ $platform == linux ]]; then
    # AppCDS: record the ~4,700 classes one start loads (it quits at its first frame). Installed apps
    # dump them into a class-data archive where they live (postinst; below for the app image), because
    # an archive only matches the jar paths it was made with. Saves about a quarter of the start-up.
    echo "== AppCDS class list (training start)"
    wrap=(); [[ -z ${DISPLAY:-} ]] && command -v xvfb-run >/dev/null && wrap=(xvfb-run -a -s "-screen 0 1440x900x24")
    if [[ -n ${DISPLAY:-} || ${#wrap[@]} -gt 0 ]] && ARCHETYPE_STARTUP_PROBE=exit timeout 120 ${wrap[@]+"${wrap[@]}"} \
         "$out/runtime/bin/java" -XX:DumpLoadedClassList="$out/input/archetype.classlist" \
         -cp "$out/input/archetype.jar" dev.archetype.Launcher >/dev/null 2>&1 && [[ -s $out/input/archetype.classlist ]]; then
      java_opts+=(--java-options '-XX:SharedArchiveFile=$APPDIR/archetype.jsa')
      cp packaging/linux/dump-cds.sh "$out/input/"
      wc -l < "$out/input/archetype.classlist" | sed 's/$/ classes/'
    else
      rm -f "$out/input/archetype.classlist"
      echo "build.sh: no display (nor xvfb-run) for the training start; building without AppCDS" >&2
    fi
  fi
elif [[ ! -d $out/Archetype && ! -d $out/Archetype.app ]]; then
  echo "build.sh: no app image in $out; run packaging/build.sh app-image first" >&2; exit 1
fi

# ARCHETYPE_VERSION overrides the pom version (macOS needs a major version of 1 or more).
version=${ARCHETYPE_VERSION:-$(sed -n 's/^version=//p' target/maven-archiver/pom.properties 2>/dev/null | tr -d '\r')}
version=${version:-0.1.0}

# Windows: the GUI launcher has no console, so the command line gets its own launcher.
if [[ $platform == windows ]]; then
  java_opts+=(--add-launcher archetype-cli=packaging/windows/archetype-cli.properties)
fi

for type in "${types[@]}"; do
  echo "== jpackage --type $type"
  resources=(); [[ -d packaging/$platform/resources ]] && resources=(--resource-dir "packaging/$platform/resources")
  if [[ $type == app-image ]]; then
    # macOS reads Info.plist (document types) from the resources when the .app is made.
    jpackage --type app-image @packaging/common.args ${java_opts[@]+"${java_opts[@]}"} ${resources[@]+"${resources[@]}"} --app-version "$version" \
             --icon "$icon" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
  else
    image=$out/Archetype; [[ $platform == macos ]] && image=$out/Archetype.app
    args=(@packaging/$platform/jpackage.args ${resources[@]+"${resources[@]}"})
    jpackage --type "$type" --app-image "$image" --name Archetype --app-version "$version" \
             --vendor "Archetype project" --description "Turn a spreadsheet of customers into archetypes: k-means clusters described in plain words." \
             "${args[@]}" --dest "$out"
  fi
done

# The app image in target/package gets its archive now, after the installers were made from it
# (they must not carry an archive made for this path).
if [[ -f $out/Archetype/lib/app/archetype.classlist ]]; then
  echo "== AppCDS archive for $out/Archetype"
  packaging/linux/dump-cds.sh "$out/Archetype"
fi

echo "== sizes"
du -sh "$out/runtime" | sed 's/^/runtime   /'
for f in "$out"/Archetype "$out"/Archetype.app "$out"/*.deb "$out"/*.rpm "$out"/*.dmg "$out"/*.msi; do
  [[ -e $f ]] && du -sh "$f"
done
exit 0
