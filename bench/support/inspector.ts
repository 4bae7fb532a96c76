import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'undici';

/**
 * A DevTools-protocol client for a Node process of the benchmark's own that was started with
 * `--inspect-port` (cluster gives each copy the next port): SIGUSR1 opens its inspector, and the
 * benchmark reads V8's heap without any change to the code under test.
 */
export class InspectorClient {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, (params: Record<string, unknown>) => void>();

  private constructor(
    readonly pid: number,
    private readonly socket: WebSocket,
  ) {
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string } };
      if (message.id !== undefined) {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result);
      } else if (message.method) {
        this.listeners.get(message.method)?.(message.params ?? {});
      }
    };
  }

  /** Opens the inspector of `pid` (a process started with --inspect-port=N) and connects to it; null when it has none. */
  static async attach(pid: number): Promise<InspectorClient | null> {
    const command = commandLineOf(pid);
    const port = /--inspect-port=(?:[\d.]+:)?(\d+)/.exec(command.join(' '))?.[1];
    if (port === undefined) return null;
    const script = command.find((arg) => arg.endsWith('.js'));
    process.kill(pid, 'SIGUSR1');
    for (let attempt = 0; attempt < 100; attempt++) {
      const targets = await fetch(`http://127.0.0.1:${port}/json/list`).then(
        (response) => response.json() as Promise<Array<{ webSocketDebuggerUrl: string; title: string }>>,
        () => null,
      );
      if (targets) {
        // The target's title is its script: a port held by some other program is never used.
        const target = targets.find((t) => script !== undefined && t.title === script);
        if (!target) return null;
        const socket = new WebSocket(target.webSocketDebuggerUrl);
        await new Promise<void>((resolve, reject) => {
          socket.onopen = () => resolve();
          socket.onerror = () => reject(new Error(`cannot connect to the inspector of process ${pid}`));
        });
        return new InspectorClient(pid, socket);
      }
      await sleep(100);
    }
    return null;
  }

  call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** A full garbage collection: what is left in use afterwards is what the process retains. */
  async collectGarbage(): Promise<void> {
    await this.call('HeapProfiler.collectGarbage');
  }

  /** V8 heap in use. */
  async heapUsedBytes(): Promise<number> {
    const usage = await this.call<{ usedSize: number }>('Runtime.getHeapUsage');
    return usage.usedSize;
  }

  /** Writes a heap snapshot (for Chrome DevTools' Memory tab, "Comparison" view) to `file`. */
  async writeHeapSnapshot(file: string): Promise<void> {
    const chunks: string[] = [];
    this.listeners.set('HeapProfiler.addHeapSnapshotChunk', (params) => chunks.push(String(params.chunk)));
    await this.call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    this.listeners.delete('HeapProfiler.addHeapSnapshotChunk');
    writeFileSync(file, chunks.join(''));
  }

  close(): void {
    this.socket.close();
  }
}

/** A process's command line (node's flags, script, arguments), from Linux /proc; empty when it is gone. */
function commandLineOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}
