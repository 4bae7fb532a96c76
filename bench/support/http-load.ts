import { Agent, request } from 'node:http';

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

/** Sends every request once, `concurrency` at a time over keep-alive connections, and times each one. */
export async function runLoad(baseUrl: string, requests: LoadRequest[], concurrency: number): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
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
      const { status, body } = await send(agent, url, item);
      latencies[index] = Number(process.hrtime.bigint() - t0) / 1e6;
      statuses[status] = (statuses[status] ?? 0) + 1;
      bodies[index] = body;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { count: requests.length, seconds, perSecond: requests.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1], statuses, bodies };
}

function send(agent: Agent, url: URL, item: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, method: item.method, path: item.path, headers: { ...(item.body ? { 'content-type': 'application/json' } : {}), ...item.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(item.body);
  });
}

export function formatLoad(label: string, result: LoadResult): string {
  return `${label.padEnd(34)} ${String(result.count).padStart(6)} req  ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50Ms.toFixed(1).padStart(6)} ms  p99 ${result.p99Ms.toFixed(1).padStart(6)} ms  max ${result.maxMs.toFixed(1)} ms  statuses ${JSON.stringify(result.statuses)}`;
}
