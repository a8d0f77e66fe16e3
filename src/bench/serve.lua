-- wrk script for src/bench/serve.sh: POSTs one document (the path after --) to the export
-- URL, counts answers by status, and prints one RESULT line with throughput and latency.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "rb"))
  local body = f:read("*a")
  f:close()
  req = wrk.format("POST", nil, { ["Content-Type"] = "text/plain" }, body)
  counts = { ok = 0, busy = 0, other = 0 }
end

function request()
  return req
end

function response(status, headers, body)
  if status == 200 then
    counts.ok = counts.ok + 1
  elseif status == 503 then
    counts.busy = counts.busy + 1
  else
    counts.other = counts.other + 1
  end
end

function done(summary, latency, requests)
  local ok, busy, other = 0, 0, 0
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    ok, busy, other = ok + c.ok, busy + c.busy, other + c.other
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT seconds=%.1f requests=%d ok=%d busy=%d other=%d socket_errors=%d timeouts=%d "
      .. "rps=%.1f ok_rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
      seconds, summary.requests, ok, busy, other, e.connect + e.read + e.write, e.timeout,
      summary.requests / seconds, ok / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
