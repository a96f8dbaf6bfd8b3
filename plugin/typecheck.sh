#!/usr/bin/env bash
# Type-checks this plugin (main and test sources) against the Jenkins sources, since Maven cannot
# build it without the Jenkins repository. See docs/development.md.
#
#   plugin/typecheck.sh [--prepare]
#     --prepare   extract okhttp-api from its mirror into $EXTRA_SRC first (once per machine)
#
# Environment: JENKINS_SRC (default ~/jenkins-src, laid out by the shared tool's --prepare),
# EXTRA_SRC (default ~/jenkins-src-extra), MIRRORS (default /work/.mirror), SHARED (default ../shared
# beside the repository), JENKINS_M2 (default /root/jenkins-m2: a local repository of Jenkins
# artifacts, if there is one, for the jars of the plugins below that the shared tool has no sources of).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jenkins_src=${JENKINS_SRC:-$HOME/jenkins-src}
extra_src=${EXTRA_SRC:-$HOME/jenkins-src-extra}
mirrors=${MIRRORS:-/work/.mirror}
shared=${SHARED:-$root/../shared}

if [ "${1:-}" = --prepare ]; then
  # okhttp-api is not among the shared tool's repositories: JenkinsOkHttpClient resolves from its
  # source root, which ECJ reads from a classpath directory as it reads jars.
  rm -rf "$extra_src/okhttp-api-plugin" && mkdir -p "$extra_src/okhttp-api-plugin"
  git --git-dir="$mirrors/jenkinsci+okhttp-api-plugin/repo" archive HEAD | tar -x -C "$extra_src/okhttp-api-plugin"
fi

cd "$root"
# The engine and the simulator, built and installed from this reactor; their runtime classpath.
# The installed jars, not target/classes: another build in the same tree may clean those meanwhile.
mvn -B -q -pl hss-core,hss-simulator -am install -DskipTests
mvn -B -q -pl hss-core,hss-simulator dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile=target/module.classpath
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
installed="${MAVEN_REPO:-$HOME/.m2/repository}/io/jenkins/plugins/hss"
mkdir -p plugin/target
{
  printf '%s' "$installed/hss-core/$version/hss-core-$version.jar:$installed/hss-simulator/$version/hss-simulator-$version.jar"
  for m in hss-core hss-simulator; do printf ':%s' "$(cat "$m/target/module.classpath")"; done
  # The architecture rules' library and the engine's test helpers they use (plugin/pom.xml's test dependencies).
  archunit=$(sed -n 's:.*<archunit.version>\(.*\)</archunit.version>.*:\1:p' pom.xml)
  printf ':%s' "${MAVEN_REPO:-$HOME/.m2/repository}/com/tngtech/archunit/archunit/$archunit/archunit-$archunit.jar" \
    "$installed/hss-core/$version/hss-core-$version-tests.jar"
  # Test helpers that live in the test trees of Jenkins plugins (their -tests jars in the real build).
  printf ':%s' "$extra_src/okhttp-api-plugin/src/main/java" \
    "$jenkins_src/workflow-cps-plugin/plugin/src/test/java" \
    "$jenkins_src/workflow-support-plugin/src/test/java"
  # echarts-api (trend chart), huaweicloud-credentials (optional credential types), warnings-ng
  # (a test reads the SARIF file back with it) and the libraries their APIs expose: the newest jar
  # of each in the local repository, when it has one.
  m2=${JENKINS_M2:-/root/jenkins-m2}
  for artifact in io/jenkins/plugins/echarts-api edu/hm/hafner/echarts-build-trends \
      org/jenkins-ci/plugins/huaweicloud-credentials io/jenkins/plugins/warnings-ng \
      io/jenkins/plugins/plugin-util-api edu/hm/hafner/analysis-model; do
    jar=$(find "$m2/$artifact" -name '*.jar' ! -name '*-tests.jar' ! -name '*-sources.jar' 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$jar" ]; then printf ':%s' "$jar"; fi
  done
} > plugin/target/engine.classpath

"$shared/tools/jenkins-typecheck/typecheck" --jenkins-src "$jenkins_src" \
    --classpath "$(cat plugin/target/engine.classpath)" plugin/src/main/java plugin/src/test/java
