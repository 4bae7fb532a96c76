import { Pool } from 'undici';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  count: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  statuses: Record<number, number>;
  bodies: string[];
}

/**
 * Sends every request once, `concurrency` at a time over keep-alive connections, and times each one.
 * undici keeps the client's own CPU cost low: on a 2-core machine the load generator shares the cores
 * with the API and the database.
 */
export async function runLoad(baseUrl: string, requests: LoadRequest[], concurrency: number): Promise<LoadResult> {
  const pool = new Pool(baseUrl, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = new Array<number>(requests.length);
  const bodies: string[] = new Array<string>(requests.length);
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = process.hrtime.bigint();
  const lane = async () => {
    while (next < requests.length) {
      const index = next++;
      const item = requests[index];
      const t0 = process.hrtime.bigint();
      const response = await pool.request({
        method: item.method,
        path: item.path,
        headers: { ...(item.body ? { 'content-type': 'application/json' } : {}), ...item.headers },
        body: item.body,
      });
      bodies[index] = await response.body.text();
      latencies[index] = Number(process.hrtime.bigint() - t0) / 1e6;
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { count: requests.length, seconds, perSecond: requests.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1], statuses, bodies };
}

export function formatLoad(label: string, result: LoadResult): string {
  return `${label.padEnd(34)} ${String(result.count).padStart(6)} req  ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50Ms.toFixed(1).padStart(6)} ms  p99 ${result.p99Ms.toFixed(1).padStart(6)} ms  max ${result.maxMs.toFixed(1)} ms  statuses ${JSON.stringify(result.statuses)}`;
}
