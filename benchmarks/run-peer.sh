#!/usr/bin/env bash
# Issue #13's peer run: installs dynalite 4.0.0 from npm into a temporary directory, builds Stratus (the distribution
# included), and runs PutItem, GetItem and Query against both in one run; figures go to benchmarks/target/results/peer-<date>.md.
# Arguments pass on to PeerBenchmark as name=value, e.g. connections=1,16,64 measure=8s items=10000.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
peer=$(mktemp -d "${TMPDIR:-/tmp}/stratus-peer.XXXXXX")
trap 'rm -rf "$peer"' EXIT
npm install --silent --no-audit --no-fund --prefix "$peer" dynalite@4.0.0
./mvnw -q -B -pl benchmarks,distribution -am package -DskipTests
java -cp "benchmarks/target/stratus-benchmarks.jar:benchmarks/target/lib/*" dev.stratus.benchmarks.dynamodb.PeerBenchmark \
    "peer-command=node $peer/node_modules/dynalite/cli.js --port {port} --createTableMs 0" "$@"
