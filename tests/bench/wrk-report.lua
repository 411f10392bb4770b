-- wrk's end-of-run report as one JSON line for tests/bench/load.ts: requests, seconds, p50 and
-- p95 in milliseconds, socket errors and answers with a status of 400 or more.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.6f,"p50":%.3f,"p95":%.3f,"errors":%d,"non2xx":%d,"bytes":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end
