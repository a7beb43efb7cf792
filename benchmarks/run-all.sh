#!/usr/bin/env bash
# Builds Stratus (distribution included) and runs every benchmark of BENCHMARKS.md; figures go to
# benchmarks/target/results/<date>.md. Arguments pass on to RunAll as name=value, e.g. only=gateway measure=20s.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
./mvnw -q -pl benchmarks -am package -DskipTests
exec java -cp "benchmarks/target/stratus-benchmarks.jar:benchmarks/target/lib/*" dev.stratus.benchmarks.RunAll "$@"
