-- wrk reporter for bench/load_benchmark.py: one machine-readable line per run.
-- Latencies are in microseconds; "errors" counts non-2xx/3xx responses, timeouts and socket errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50=%d p95=%d p99=%d errors=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
