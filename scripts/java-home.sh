# Sourced by ./talent and .ci/run: selects the JDK the suite runs on (Java 25). The machine's default `java`
# may be older, so the JDK is chosen explicitly: JAVA_HOME when it is a JDK 25+, else the newest JDK 25+ under
# /usr/lib/jvm (or TALENT_JDK_ROOTS, colon-separated). Exports JAVA_HOME and puts its bin first on the PATH.

TALENT_JAVA_FEATURE=25

talent_jdk_feature() { # prints the feature version of the JDK at $1, or nothing
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$release" ] || return 0
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1)"
  echo "$v"
}

talent_select_java() {
  local candidate v best="" bestv=0 root
  if [ -n "${JAVA_HOME:-}" ]; then
    v="$(talent_jdk_feature "$JAVA_HOME")"
    if [ -n "$v" ] && [ "$v" -ge "$TALENT_JAVA_FEATURE" ]; then best="$JAVA_HOME"; bestv="$v"; fi
  fi
  if [ -z "$best" ]; then
    local IFS=':'
    for root in ${TALENT_JDK_ROOTS:-/usr/lib/jvm}; do
      for candidate in "$root"/*; do
        [ -d "$candidate" ] || continue
        v="$(talent_jdk_feature "$candidate")"
        [ -n "$v" ] || continue
        if [ "$v" -ge "$TALENT_JAVA_FEATURE" ] && [ "$v" -gt "$bestv" ]; then best="$candidate"; bestv="$v"; fi
      done
    done
  fi
  if [ -z "$best" ]; then
    echo "talent: a JDK $TALENT_JAVA_FEATURE or newer is needed (with javac)." >&2
    echo "talent: JAVA_HOME=${JAVA_HOME:-<unset>} is not one, and none was found under ${TALENT_JDK_ROOTS:-/usr/lib/jvm}." >&2
    echo "talent: install one (e.g. Temurin 25: apt-get install temurin-25-jdk) or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
