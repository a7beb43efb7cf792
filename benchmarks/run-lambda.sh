#!/usr/bin/env bash
# Builds Stratus and runs the Lambda benchmarks (issues #6 and #7); figures go to benchmarks/target/results/lambda-<date>.md.
# Arguments pass on to LambdaBenchmarks as name=value, e.g. runtimes=nodejs20.x cold-starts=5 only=stream.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
exec java -cp "benchmarks/target/stratus-benchmarks.jar:benchmarks/target/lib/*" dev.stratus.benchmarks.lambda.LambdaBenchmarks "$@"
