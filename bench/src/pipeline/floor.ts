/**
 * The floor: what the same nats-server does with no cellmesh logic at all, measured in the same
 * run — core request/reply, JetStream publish-ack (one at a time and windowed) and publish →
 * durable pull consumer (the hop a task makes at least once).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { delta, openLoop, readCounters, windowed, type Counters, type OpenLoopResult } from './measure';

export const FLOOR_STREAM = 'BENCH_FLOOR';
const FLOOR_SUBJECT = 'bench.floor.js';
const ECHO_SUBJECT = 'bench.floor.echo';

export interface FloorRow {
  path: string;
  ops: number;
  perS: number;
  latenciesMs: number[];
  cost: Counters;
}

export interface FloorHarness {
  rows: FloorRow[];
  /** Open-loop publish → durable consumer at one offered rate (latency to the consumer's receipt). */
  publishToConsumer(ratePerS: number, durationMs: number, drainMs: number): Promise<OpenLoopResult>;
  stop(): Promise<void>;
}

export interface FloorOptions {
  /** Publisher/requester and responder/consumer connections (two, as a client and a service would be). */
  client: NatsConnection;
  service: NatsConnection;
  monitorPort: number;
  serverPid: number | undefined;
  quick: boolean;
}

export async function startFloor(opts: FloorOptions): Promise<FloorHarness> {
  const { client, service } = opts;
  const rows: FloorRow[] = [];
  const measure = async (path: string, ops: number, run: () => Promise<{ perS: number; latenciesMs: number[] }>) => {
    const before = await readCounters(opts.monitorPort, opts.serverPid);
    const m = await run();
    rows.push({ path, ops, ...m, cost: delta(before, await readCounters(opts.monitorPort, opts.serverPid)) });
  };
  const n = opts.quick ? 0.4 : 1;

  const echo = service.subscribe(ECHO_SUBJECT, { callback: (_err, msg) => void msg.respond(msg.data) });
  await service.flush();
  const body = new Uint8Array(128);
  await measure('core request/reply, 1 in flight', Math.round(2000 * n), () => windowed(Math.round(2000 * n), 1, async () => void (await client.request(ECHO_SUBJECT, body, { timeout: 5000 }))));
  await measure('core request/reply, 64 in flight', Math.round(20000 * n), () => windowed(Math.round(20000 * n), 64, async () => void (await client.request(ECHO_SUBJECT, body, { timeout: 5000 }))));

  const jsm = await jetstreamManager(client);
  // File storage, like TASKS and the other streams of the fabric.
  await jsm.streams.add({ name: FLOOR_STREAM, subjects: [`${FLOOR_SUBJECT}.>`], duplicate_window: 120e9, allow_direct: true });
  const js = jetstream(client);
  let seq = 0;
  await measure('JetStream publish-ack, 1 in flight', Math.round(2000 * n), () => windowed(Math.round(2000 * n), 1, async () => void (await js.publish(`${FLOOR_SUBJECT}.sync`, body, { msgID: `s${seq++}` }))));
  await measure('JetStream publish-ack, 256 in flight', Math.round(20000 * n), () => windowed(Math.round(20000 * n), 256, async () => void (await js.publish(`${FLOOR_SUBJECT}.win`, body, { msgID: `w${seq++}` }))));

  // The lookup the scheduler, the client and the worker make per task (last message on a subject),
  // with a new JetStream manager per call as they do today (one $JS.API.INFO first) and with one
  // manager kept for the connection: what "no $JS.API.INFO per lookup" would save.
  const lookups = Math.round(1000 * n);
  await measure('direct get last_by_subj, new jetstreamManager per call', lookups, () => windowed(lookups, 1, async () => void (await (await jetstreamManager(service)).direct.getMessage(FLOOR_STREAM, { last_by_subj: `${FLOOR_SUBJECT}.sync` }))));
  const kept = await jetstreamManager(service, { checkAPI: false });
  await measure('direct get last_by_subj, one manager (checkAPI: false)', lookups, () => windowed(lookups, 1, async () => void (await kept.direct.getMessage(FLOOR_STREAM, { last_by_subj: `${FLOOR_SUBJECT}.sync` }))));

  // publish → durable pull consumer (explicit ack), the consumer on the service connection.
  await jsm.consumers.add(FLOOR_STREAM, { durable_name: 'bench-floor', ack_policy: AckPolicy.Explicit, filter_subject: `${FLOOR_SUBJECT}.pc` });
  const waiting = new Map<string, () => void>();
  const messages = await (await jetstream(service).consumers.get(FLOOR_STREAM, 'bench-floor')).consume({ max_messages: 256 });
  const consuming = (async () => {
    for await (const m of messages) {
      m.ack();
      const key = m.headers?.get('Nats-Msg-Id') ?? '';
      waiting.get(key)?.();
      waiting.delete(key);
    }
  })();
  let pc = 0;
  const publishToConsumer = (ratePerS: number, durationMs: number, drainMs: number) =>
    openLoop(ratePerS, durationMs, drainMs, () => {
      const id = `pc${pc++}`;
      const received = new Promise<void>((resolve) => waiting.set(id, resolve));
      void js.publish(`${FLOOR_SUBJECT}.pc`, body, { msgID: id }).catch(() => waiting.delete(id));
      return received;
    });
  await measure('JetStream publish → durable consumer, 1 in flight', Math.round(1000 * n), () => windowed(Math.round(1000 * n), 1, () => {
    const id = `pc${pc++}`;
    const received = new Promise<void>((resolve) => waiting.set(id, resolve));
    void js.publish(`${FLOOR_SUBJECT}.pc`, body, { msgID: id });
    return received;
  }));

  return {
    rows,
    publishToConsumer,
    async stop() {
      echo.unsubscribe();
      messages.stop();
      await consuming.catch(() => undefined);
      await jsm.streams.delete(FLOOR_STREAM).catch(() => undefined);
    },
  };
}
