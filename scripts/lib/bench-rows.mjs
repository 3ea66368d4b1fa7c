// The rows of the benchmark summary (issue 14's acceptance), one reader per reports/bench-*.json.
// Each row: what is measured, its target, min/median/max over the runs, and whether the median
// meets the target. Pure: the caller reads the files (`read(name)` → parsed JSON or undefined).

const sorted = (xs) =>
  xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

/** min/median/max of the runs' values (n = how many). */
export function spread(values) {
  const s = sorted(values);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1), n: s.length };
}

const atMost = (limit, unit = '') => ({ text: `≤ ${limit}${unit}`, ok: (v) => v <= limit });
const atLeast = (limit, unit = '') => ({ text: `≥ ${limit}${unit}`, ok: (v) => v >= limit });
const info = { text: '—', ok: () => undefined };

function row(measure, target, values, detail = '') {
  const s = spread(values);
  const met = s.n === 0 ? undefined : target.ok(s.median);
  return { measure, target: target.text, ...s, met, detail };
}

const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : NaN);
const load = (r) => (Array.isArray(r?.load_avg) ? `load ${r.load_avg.join('→')}` : '');

function proxyRows(r) {
  return Object.entries(r.results ?? {}).flatMap(([c, byTarget]) => {
    const bff = byTarget.bff ?? [];
    const nginx = byTarget.nginx ?? [];
    const pairs = bff.map((b, i) => [b, nginx[i]]).filter(([, n]) => n);
    const med = r.summary?.[c];
    const detail = med
      ? `BFF ${Math.round(med.bff.rps.median)} vs nginx ${Math.round(med.nginx.rps.median)} req/s; p99 ${Math.round(med.bff.p99Ms.median)} vs ${Math.round(med.nginx.p99Ms.median)} ms; CPU ${med.bff.cpuMsPerRequest.median} vs ${med.nginx.cpuMsPerRequest.median} ms/req (${r.upstream} upstream)`
      : '';
    return [
      row(
        `proxy req/s, BFF ÷ nginx, c=${c}`,
        atLeast(0.5, '×'),
        pairs.map(([b, n]) => ratio(b.rps, n.rps)),
        detail,
      ),
      row(
        `proxy p99, BFF ÷ nginx, c=${c}`,
        atMost(2, '×'),
        pairs.map(([b, n]) => ratio(b.p99Ms, n.p99Ms)),
      ),
      row(
        `proxy errors (BFF), c=${c}`,
        atMost(0),
        bff.map((b) => b.errors),
      ),
    ];
  });
}

function firstScreenRows(r) {
  const kb = (w) => w.jsBytes.brotli / 1000;
  return [
    row(
      'login page JS, kB brotli',
      atMost(120),
      [kb(r.login)],
      `${r.login.js.length} files; build budget ${r.budget.loginKb} kB`,
    ),
    row(
      'first screen JS (login → list), kB brotli',
      atMost(250),
      [kb(r.firstScreen)],
      `${r.firstScreen.js.length} files`,
    ),
  ];
}

function logLatencyRows(r, api) {
  const runs = r.runs ?? [];
  return [
    row(
      `log delay p95, ${api}, ms`,
      atMost(500),
      runs.map((x) => x.p95_ms),
      `p50 median ${r.p50_ms?.median} ms`,
    ),
    row(
      `upstream requests/s per followed job, ${api}`,
      atMost(2),
      runs.map((x) => x.steady_requests_per_s),
    ),
  ];
}

function fanOutRows(r) {
  const idle = Array.isArray(r.bff_memory_per_idle_viewer_kib)
    ? r.bff_memory_per_idle_viewer_kib
    : [];
  const detail = `${r.viewers} viewers, ${r.viewers_complete} complete, one run`;
  return [
    row(
      'status reads for 1,000 viewers’ access checks',
      atMost(10),
      [r.access_check_status_reads],
      detail,
    ),
    row('upstream log reads per poll interval (1,000 viewers)', atMost(1), [
      r.upstream_reads_per_interval,
    ]),
    // KiB per replica → kB (the unit)
    row(
      'BFF memory per idle viewer, kB (per replica)',
      atMost(30),
      idle.map((k) => k * 1.024),
    ),
    row('fan-out viewer errors', atMost(0), [r.viewer_errors]),
  ];
}

function stallRows(r) {
  const runs = r.runs ?? [];
  const loads = runs.map((x) => x.load_avg?.[0]).filter((x) => x !== undefined);
  return [
    row(
      'emulator GET p99, 10k jobs, 5 running, ms',
      atMost(20),
      runs.map((x) => x.steady?.p99_ms),
      loads.length ? `load ${loads.join(', ')}` : '',
    ),
    row(
      'emulator GET max, 50 jobs started at once, ms',
      atMost(500),
      runs.map((x) => x.burst?.max_ms),
    ),
  ];
}

function listRows(r) {
  const all = r.all_runs ?? {};
  const first = (name, mode) => (all[name]?.[mode] ?? []).map((x) => x.firstRowMs);
  const pair = (mode) =>
    first('jobs_10k', mode).map((v, i) => ratio(v, first('jobs_100', mode)[i]));
  return [
    row('job list first row, 10k jobs, warm, ms', atMost(300), first('jobs_10k', 'warm'), load(r)),
    row('job list first row, 10k jobs, cold cache, ms', atMost(300), first('jobs_10k', 'cold')),
    row(
      'first row 10k jobs ÷ 100 jobs (same run), warm',
      info,
      pair('warm'),
      'what the 10,000 jobs add over the machine’s load',
    ),
  ];
}

function millionLogRows(r, api) {
  const runs = r.all_runs ?? [];
  const of = (k) => runs.map((x) => x[k]);
  const lines = `${(r.lines ?? 0).toLocaleString('en')} lines (${api})`;
  return [
    row(`log of ${lines}: first lines, ms`, atMost(1000), of('firstLinesMs'), load(r)),
    row(
      `log of ${lines}: JS heap after scrolling, MB`,
      atMost(200),
      of('heapMb'),
      `${of('linesHeld')[0] ?? '?'} lines held in the browser`,
    ),
    row(`log of ${lines}: search of the whole log, ms`, atMost(2000), of('searchMs')),
    row(`log of ${lines}: all streamed in, ms`, info, of('allLinesMs')),
    row(
      `log of 20 lines (${api}, same run): first lines, ms`,
      info,
      (r.anchor_runs ?? []).map((x) => x.firstLinesMs),
      'the anchor: what the machine’s load costs',
    ),
  ];
}

/** Every report the suite writes, with its reader. */
export const READERS = [
  ['bench-proxy.json', proxyRows],
  ['bench-first-screen.json', firstScreenRows],
  ['bench-log-latency.json', (r) => logLatencyRows(r, 'v1')],
  ['bench-log-latency-v2.json', (r) => logLatencyRows(r, 'v2')],
  ['bench-fan-out.json', fanOutRows],
  ['bench-emulator-stalls.json', stallRows],
  ['bench-list-first-row.json', listRows],
  ['bench-log-million.json', (r) => millionLogRows(r, 'v2')],
  ['bench-log-million-v1.json', (r) => millionLogRows(r, 'v1')],
];

/** All rows; a report that is missing (or unreadable) gives one row saying so. */
export function summaryRows(read) {
  return READERS.flatMap(([file, reader]) => {
    const report = read(file);
    if (report === undefined)
      return [
        {
          measure: `${file}: not measured`,
          target: '',
          n: 0,
          met: undefined,
          detail: 'run its benchmark',
        },
      ];
    try {
      return reader(report).map((r) => ({ ...r, file, at: report.measured_at ?? report.at }));
    } catch (err) {
      return [
        {
          measure: `${file}: unreadable`,
          target: '',
          n: 0,
          met: undefined,
          detail: String(err.message ?? err),
        },
      ];
    }
  });
}
