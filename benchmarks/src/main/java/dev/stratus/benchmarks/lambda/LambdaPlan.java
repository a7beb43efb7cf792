package dev.stratus.benchmarks.lambda;

import dev.stratus.benchmarks.load.LoadDriver;
import java.time.Duration;
import java.util.List;

/**
 * How much the Lambda benchmarks do; every part is bounded.
 *
 * @param runtimes      the runtimes of issue #6
 * @param coldStarts    cold invokes per runtime
 * @param warmInvokes   measured warm invokes per runtime, one at a time
 * @param callers       the concurrent callers of the throughput rows
 * @param load          warm-up and measured window of each throughput row
 * @param puts          single puts of the put-to-function latency (issue #7)
 * @param batchItems    items written for the BatchSize 100 delivery rate
 * @param deliveryLimit how long a record may take to reach the function before the run fails
 * @param pythonExecutable the python the server runs python functions with, for the bare start baseline
 */
record LambdaPlan(List<String> runtimes, int coldStarts, int warmInvokes, List<Integer> callers, LoadDriver.Plan load,
                  int puts, int batchItems, Duration deliveryLimit, String pythonExecutable) {
}
