# shellcheck shell=bash
# Sourced by ./talent and .ci/run: selects the JDK the suite runs on (Java 25). The machine's default `java`
# may be older, so the JDK is chosen explicitly: JAVA_HOME when it is a JDK 25+, else the newest JDK 25+ under
# the usual roots (TALENT_JDK_ROOTS, colon-separated, replaces them): /usr/lib/jvm (Debian, Ubuntu) and
# /Library/Java/JavaVirtualMachines (macOS, where a JDK's home is <bundle>/Contents/Home). Exports JAVA_HOME and
# puts its bin first on the PATH. Written for bash 3.2 (macOS) and newer.

TALENT_JAVA_FEATURE=25
TALENT_JDK_DEFAULT_ROOTS="/usr/lib/jvm:/Library/Java/JavaVirtualMachines"

talent_jdk_feature() { # prints the feature version of the JDK at $1, or nothing
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$release" ] || return 0
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1)"
  echo "$v"
}

talent_select_java() {
  local candidate home v best="" bestv=0 root given=""
  if [ -n "${JAVA_HOME:-}" ]; then
    v="$(talent_jdk_feature "$JAVA_HOME")"
    [ -n "$v" ] || v="$(talent_jdk_feature "$JAVA_HOME/Contents/Home")"
    if [ -n "$v" ] && [ "$v" -ge "$TALENT_JAVA_FEATURE" ]; then
      best="$JAVA_HOME"; bestv="$v"
      [ -x "$JAVA_HOME/bin/java" ] || best="$JAVA_HOME/Contents/Home"
    elif [ -n "$v" ]; then
      given="JAVA_HOME=$JAVA_HOME is a JDK $v"
    else
      given="JAVA_HOME=$JAVA_HOME is not a JDK (no bin/java, bin/javac and release file there)"
    fi
  else
    given="JAVA_HOME is not set"
  fi
  if [ -z "$best" ]; then
    local IFS=':'
    for root in ${TALENT_JDK_ROOTS:-$TALENT_JDK_DEFAULT_ROOTS}; do
      for candidate in "$root"/*; do
        for home in "$candidate" "$candidate/Contents/Home"; do
          [ -d "$home" ] || continue
          v="$(talent_jdk_feature "$home")"
          [ -n "$v" ] || continue
          if [ "$v" -ge "$TALENT_JAVA_FEATURE" ] && [ "$v" -gt "$bestv" ]; then best="$home"; bestv="$v"; fi
        done
      done
    done
  fi
  if [ -z "$best" ]; then
    echo "talent: a JDK $TALENT_JAVA_FEATURE or newer is needed (with javac)." >&2
    echo "talent: $given, and none was found under ${TALENT_JDK_ROOTS:-$TALENT_JDK_DEFAULT_ROOTS}." >&2
    echo "talent: install one (e.g. Temurin 25: apt-get install temurin-25-jdk; macOS: brew install --cask temurin@25)" >&2
    echo "talent: or point JAVA_HOME at it: export JAVA_HOME=/path/to/jdk-25 (macOS: export JAVA_HOME=\$(/usr/libexec/java_home -v 25))." >&2
    return 1
  fi
  [ -n "${JAVA_HOME:-}" ] && [ "$best" != "$JAVA_HOME" ] && [ "$best" != "$JAVA_HOME/Contents/Home" ] \
    && echo "talent: $given; using $best (JDK $bestv) instead" >&2
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
