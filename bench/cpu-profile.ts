/**
 * A CPU profile of another Node process, for `npm run bench:preview -- --cpu-profile FILE`: the process is started
 * with `--inspect-port` in NODE_OPTIONS (which opens nothing by itself), SIGUSR1 opens its inspector on that port,
 * and V8's sampling profiler is driven over the DevTools protocol. The WebSocket client is code-server's own `ws`.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';

interface Socket {
  on(event: 'message', listener: (data: Buffer) => void): void;
  once(event: 'open' | 'error', listener: (e?: Error) => void): void;
  send(data: string): void;
  close(): void;
}

interface CallFrame { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
interface ProfileNode { readonly id: number; readonly callFrame: CallFrame; readonly children?: readonly number[] }
export interface Profile { readonly nodes: readonly ProfileNode[]; readonly samples: readonly number[]; readonly timeDeltas: readonly number[]; readonly startTime: number; readonly endTime: number }

export class Profiler {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly socket: Socket) {
    socket.on('message', (data) => {
      const m = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
      const p = m.id === undefined ? undefined : this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id!);
      if (m.error) p.reject(new Error(m.error.message));
      else p.resolve(m.result);
    });
  }

  /** Opens the inspector of process `pid`, started with `--inspect-port=port`, and connects to it. */
  static async attach(pid: number, port: number, modules: string): Promise<Profiler> {
    process.kill(pid, 'SIGUSR1');
    let url: string | undefined;
    for (let n = 0; n < 100 && !url; n++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json() as { webSocketDebuggerUrl: string }[];
        url = targets[0]?.webSocketDebuggerUrl;
      } catch {
        // not listening yet
      }
    }
    if (!url) throw new Error(`process ${pid} opened no inspector on port ${port}`);
    const WebSocket = createRequire(path.join(modules, 'index.js'))('ws') as new (url: string) => Socket;
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', (e) => reject(e ?? new Error('inspector connection failed')));
    });
    const profiler = new Profiler(socket);
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
    return profiler;
  }

  send(method: string, params: object = {}): Promise<unknown> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  start(): Promise<unknown> {
    return this.send('Profiler.start');
  }

  /** Stops sampling, writes the profile (DevTools reads it) and returns it. */
  async stop(file: string): Promise<Profile> {
    const { profile } = await this.send('Profiler.stop') as { profile: Profile };
    fs.writeFileSync(file, JSON.stringify(profile));
    return profile;
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * A profile summed by function: the time each was on the stack (inclusive) and at its top (self), the largest
 * first, `top` of each; functions named by name, file and line. Idle and the collector are V8's own entries.
 */
export function profileSummary(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i]!)!;
    total += ms;
    self.set(name(leaf.callFrame), (self.get(name(leaf.callFrame)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const key = name(byId.get(id)!.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `    ${ms.toFixed(0).padStart(7)} ms  ${k}`).join('\n');
  return `  ${total.toFixed(0)} ms sampled\n  inclusive:\n${list(inclusive)}\n  self:\n${list(self)}`;
}
