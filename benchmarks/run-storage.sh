#!/usr/bin/env bash
# Builds Stratus and runs the durable-storage benchmarks (issue #8); figures go to benchmarks/target/results/storage-<date>.md.
# Arguments pass on to StorageEngineBenchmark as name=value, e.g. items=100000 measure=5s only=restart.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
exec java -cp "benchmarks/target/stratus-benchmarks.jar:benchmarks/target/lib/*" dev.stratus.benchmarks.storage.StorageEngineBenchmark "$@"
