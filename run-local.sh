#!/usr/bin/env bash
# Starts the whole system on this machine: Kafka, MariaDB, the services, the gateway and the
# partner sandbox. Needs only a JDK 25. Options: ./run-local.sh --help
set -euo pipefail

cd "$(dirname "$0")"

if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ -n "${JAVA_HOME:-}" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java || true)"
fi
if [[ -z "$JAVA" || ! -x "$JAVA" ]]; then
  echo "error: no java found; install a JDK 25 and set JAVA_HOME" >&2
  exit 1
fi
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ -z "$java_major" || "${java_major%%.*}" -lt 25 ]]; then
  echo "error: $JAVA is Java ${java_major:-of unknown version}; this project needs Java 25 (set JAVA_HOME to a JDK 25)" >&2
  exit 1
fi
if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME="$(cd "$(dirname "$(readlink -f "$JAVA")")/.." && pwd)"
  export JAVA_HOME
fi

launcher_jar=local-launcher/target/local-launcher-0.1.0-SNAPSHOT.jar
classpath_file=local-launcher/target/classpath.txt
build_stamp=local-launcher/target/run-local.stamp

# Build when nothing is built yet or a source or POM changed since the last build.
needs_build() {
  [[ ! -f "$build_stamp" || ! -f "$classpath_file" || ! -f "$launcher_jar" ]] && return 0
  [[ -n "$(find . -path ./.local-data -prune -o -path '*/target' -prune -o -path ./.git -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$build_stamp" -print -quit)" ]]
}
if needs_build; then
  echo "Building (./mvnw -B -q -DskipTests install)..."
  ./mvnw -B -q -DskipTests install
  touch "$build_stamp"
fi

# The launcher itself only waits and watches: a small heap is plenty.
exec "$JAVA" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$launcher_jar:$(cat "$classpath_file")" cloud.marketplace.launcher.LocalStack "$@"
