/**
 * The I/O shell of the committer: the active/standby lease, the COMMITS consumer with one serial
 * queue per room, the hot LRU, the warm snapshot scheduler and the read endpoints. Every decision
 * is made by ./core; this module reads, writes and traces.
 */
import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import { Svcm, type Service, type ServiceMsg } from '@nats-io/services';
import { LRUCache } from 'lru-cache';
import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { codecs, type InitOf, type MessageOf } from '@cellmesh/contracts';
import {
  Buckets, Consumers, PermanentError, RetryableError, Streams, isValidToken, keys, openBucket, publishDeadLetter, subjectTokens, subjects, type Logger,
} from '@cellmesh/bus';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { CellmeshAttr, MessagingAttr, extractTraceContext } from '@cellmesh/telemetry';
import {
  RejectReason, decideCommit, decideLeaseAction, hlcOf, historyEntryOf, holdsLease, nextRttEwma, resolvePolicy, shouldSnapshot, snapshotIntervalMs, toRoomState,
  Room, type CommitDeltaView, type LeaseView, type PolicyName,
} from './core';
import { compileOptions, type CompiledDatastateCommitterOptions, type DatastateCommitterOptions } from './options';
import { DurableRoomStore, HistoryConflictError, VersionUnavailableError } from './store';

export const SERVICE_NAME = 'datastate-committer';
export const SERVICE_VERSION = '0.1.0';
/** The clusterId written into the committer's own lease value (it is not a topology cluster). */
const COMMITTER_LEASE_ID = 'datastate-committer';

export type CommitterRole = 'active' | 'standby';

export interface CommitterStats {
  applied: number;
  duplicates: number;
  rejected: number;
  /** Writes that raced another writer since their baseVersion and were merged by the policy. */
  mergedConflicts: number;
  /** Appends refused because another committer had extended the room's history. */
  historyConflicts: number;
  snapshotsWritten: number;
  /** Moving average of the KV round trip measured on snapshot writes (ms). */
  kvRttEwmaMs: number | undefined;
  /** The current snapshot interval derived from that RTT (ms). */
  snapshotIntervalMs: number;
  hotRooms: number;
}

export interface DatastateCommitterHandle extends ServiceHandle {
  readonly role: CommitterRole;
  /** Unique per start (nodeId#instance): the holder name in the active lease. */
  readonly instanceId: string;
  stats(): CommitterStats;
  /** Writes every dirty room's warm snapshot now (done on stop as well). */
  flushSnapshots(): Promise<void>;
}

interface HotSlot {
  room: Room;
  policy: PolicyName;
  dirty: boolean;
  writing: boolean;
  lastSnapshotAtMs: number;
}

export async function startDatastateCommitter(deps: ServiceDeps, options: DatastateCommitterOptions = {}): Promise<DatastateCommitterHandle> {
  const opts = compileOptions(options);
  const { nc, clock, tracer } = deps;
  const instanceId = `${deps.nodeId}#${randomUUID().slice(0, 8)}`;
  const log = deps.logger.child({ component: SERVICE_NAME, instanceId });
  const store = await DurableRoomStore.open(nc);
  const leasesKv = await openBucket(nc, Buckets.Leases);

  const stats: CommitterStats = { applied: 0, duplicates: 0, rejected: 0, mergedConflicts: 0, historyConflicts: 0, snapshotsWritten: 0, kvRttEwmaMs: undefined, snapshotIntervalMs: opts.warmRate.minIntervalMs, hotRooms: 0 };
  const pendingWrites = new Set<Promise<void>>();
  let stopping = false;

  // ---- warm layer: snapshots at a rate that follows the measured KV round trip ----
  const writeSnapshot = (slot: HotSlot): Promise<void> => {
    const { room } = slot;
    slot.writing = true;
    const versionWritten = room.version;
    const p = store
      .writeSnapshot(room.gameId, room.roomId, toRoomState(room, slot.policy, clock.now()))
      .then((rttMs) => {
        stats.kvRttEwmaMs = nextRttEwma(stats.kvRttEwmaMs, rttMs, opts.warmRate.ewmaAlpha);
        stats.snapshotIntervalMs = snapshotIntervalMs(stats.kvRttEwmaMs, opts.warmRate);
        stats.snapshotsWritten++;
        slot.lastSnapshotAtMs = clock.now();
        if (room.version === versionWritten) slot.dirty = false;
      })
      .catch((err: Error) => log.warn({ err: err.message, room: `${room.gameId}/${room.roomId}` }, 'warm snapshot failed; the cold history still holds every delta'))
      .finally(() => {
        slot.writing = false;
        pendingWrites.delete(p);
      });
    pendingWrites.add(p);
    return p;
  };

  // ---- hot layer: bounded LRU of rooms; an evicted dirty room is snapshotted on its way out ----
  const hot = new LRUCache<string, HotSlot>({
    max: opts.maxHotRooms,
    maxSize: opts.maxHotBytes,
    sizeCalculation: (slot) => Math.max(1, slot.room.approxBytes),
    dispose: (slot, _key, reason) => {
      if ((reason === 'evict' || reason === 'set') && slot.dirty && !slot.writing) void writeSnapshot(slot);
    },
  });
  const dirtyRooms = new Set<string>();

  const snapshotTimer = setInterval(() => {
    const now = clock.now();
    for (const key of [...dirtyRooms]) {
      const slot = hot.peek(key);
      if (!slot || !slot.dirty) {
        dirtyRooms.delete(key);
        continue;
      }
      if (shouldSnapshot(slot, now, stats.snapshotIntervalMs)) void writeSnapshot(slot);
    }
  }, opts.snapshotTickMs);
  snapshotTimer.unref();

  const flushSnapshots = async (): Promise<void> => {
    await Promise.all([...pendingWrites]);
    const writes: Promise<void>[] = [];
    for (const key of dirtyRooms) {
      const slot = hot.peek(key);
      if (slot?.dirty) writes.push(writeSnapshot(slot));
    }
    dirtyRooms.clear();
    await Promise.all(writes);
  };

  const hotRoom = async (gameId: string, roomId: string): Promise<HotSlot> => {
    const key = `${gameId}/${roomId}`;
    const cached = hot.get(key);
    if (cached) return cached;
    const room = await store.load(gameId, roomId);
    const slot: HotSlot = { room, policy: resolvePolicy(opts.policies, gameId, roomId), dirty: false, writing: false, lastSnapshotAtMs: clock.now() };
    hot.set(key, slot);
    return slot;
  };

  // ---- fencing: current lease per cluster, and the highest term accepted per cluster ----
  const highestTerms = new Map<string, number>();
  const readLease = async (clusterId: string): Promise<LeaseView | undefined> => {
    const entry = await leasesKv.get(keys.lease(clusterId));
    if (!entry || entry.operation !== 'PUT' || entry.value.length === 0) return undefined;
    const lease = codecs.Lease.decode(entry.value);
    return { clusterId: lease.clusterId, holder: lease.holder, term: Number(lease.term) };
  };

  // ---- the active lease ----
  const leaseKeeper = new ActiveLeaseKeeper(leasesKv, instanceId, opts, clock, log);
  const isActive = () => leaseKeeper.holds();

  // ---- applying one commit ----
  const commitOnce = async (delta: MessageOf<'CommitDelta'>, msg: JsMsg, span: Span): Promise<CommitOutcome> => {
    const view = viewOf(delta);
    const subjectRoom = roomOfSubject(msg.subject);
    const slot = subjectRoom ? await hotRoom(subjectRoom.gameId, subjectRoom.roomId) : undefined;
    const fencing = view.fencing;
    if (fencing && fencing.clusterId !== '' && !isValidToken(fencing.clusterId)) {
      throw reject(RejectReason.FencingInvalid, `fencing clusterId ${JSON.stringify(fencing.clusterId)} is not a valid id`);
    }
    const lease = fencing && fencing.clusterId !== '' ? await readLease(fencing.clusterId) : undefined;
    const room = slot?.room;
    const policy = slot?.policy ?? opts.policies.default;
    const decision = decideCommit(room ?? emptyRoomFor(view), view, {
      policy, nowMs: clock.now(), limits: opts.limits, subjectRoom, lease,
      highestAcceptedTerm: fencing ? highestTerms.get(fencing.clusterId) : undefined,
    });
    span.setAttribute('cellmesh.commit.decision', decision.kind);
    if (decision.kind === 'duplicate') {
      stats.duplicates++;
      return { duplicate: true, roomVersion: room?.version ?? 0 };
    }
    if (decision.kind === 'reject') throw reject(decision.reason, decision.detail);
    if (!slot || !room) throw reject(RejectReason.SubjectScopeMismatch, `malformed subject ${msg.subject}`);
    if (!isActive()) throw new RetryableError('this committer is no longer the active one', { backoffMs: 0 });

    const roomVersion = room.version + 1;
    const entry = historyEntryOf(decision.delta, { scope: view.scope, baseVersion: view.baseVersion, fencing: delta.fencing ?? undefined, nodeId: view.nodeId }, {
      roomVersion, commitSeq: msg.seq, appliedAtMs: clock.now(), committerNodeId: deps.nodeId, policy,
    });
    const historySeq = await store.append(room.gameId, room.roomId, entry, room.coldSeq, `${room.gameId}.${room.roomId}:${view.taskId}:${view.version}`);
    room.apply(decision.delta, policy, msg.seq);
    room.coldSeq = historySeq;
    slot.dirty = true;
    dirtyRooms.add(`${room.gameId}/${room.roomId}`);
    if (fencing && decision.highestTerm !== undefined) highestTerms.set(fencing.clusterId, decision.highestTerm);
    stats.applied++;
    stats.mergedConflicts += decision.conflictingKeys.length;
    span.setAttribute('cellmesh.room_version', roomVersion);
    if (decision.conflictingKeys.length > 0) span.addEvent('merged-conflicts', { keys: decision.conflictingKeys.join(','), policy });
    return { duplicate: false, roomVersion };
  };

  const commitWithRetry = async (delta: MessageOf<'CommitDelta'>, msg: JsMsg): Promise<CommitOutcome> => {
    const scope = delta.scope;
    const span = tracer.startSpan(`datastate.commit ${scope?.gameId ?? '?'}/${scope?.roomId ?? '?'}`, {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MessagingAttr.System]: 'nats', [MessagingAttr.Destination]: msg.subject, [MessagingAttr.Operation]: 'process',
        [MessagingAttr.MessageId]: `${delta.taskId}:${delta.version}`, [MessagingAttr.BodySize]: msg.data.length,
        [CellmeshAttr.GameId]: scope?.gameId ?? '', [CellmeshAttr.RoomId]: scope?.roomId ?? '', [CellmeshAttr.TaskId]: delta.taskId,
        [CellmeshAttr.NodeId]: deps.nodeId, ...(delta.fencing?.term ? { [CellmeshAttr.ClusterId]: delta.fencing.clusterId ?? '', [CellmeshAttr.Term]: Number(delta.fencing.term) } : {}),
      },
    }, extractTraceContext(msg.headers));
    try {
      for (let attempt = 1; ; attempt++) {
        if (stopping) throw new RetryableError('the committer is stopping', { backoffMs: 0 });
        if (!isActive()) throw new RetryableError('this committer is no longer the active one', { backoffMs: 0 });
        try {
          const outcome = await commitOnce(delta, msg, span);
          span.setStatus({ code: SpanStatusCode.OK });
          return outcome;
        } catch (err) {
          if (err instanceof PermanentError) {
            stats.rejected++;
            span.setStatus({ code: SpanStatusCode.ERROR, message: err.message });
            log.warn({ subject: msg.subject, taskId: delta.taskId, version: Number(delta.version), reason: err.code, err: err.message }, 'rejected a delta');
            throw err;
          }
          if (err instanceof HistoryConflictError) {
            // Another writer extended this room: drop the stale hot copy and decide again on fresh state.
            stats.historyConflicts++;
            const room = roomOfSubject(msg.subject);
            if (room) hot.delete(`${room.gameId}/${room.roomId}`);
            continue;
          }
          if (err instanceof RetryableError || attempt >= MAX_IN_PLACE_ATTEMPTS) throw err;
          // Transient (KV or stream unavailable): keep the message and retry in place so the room's order holds.
          log.warn({ subject: msg.subject, attempt, err: (err as Error).message }, 'commit failed; retrying in place');
          msg.working();
          await sleep(Math.min(opts.retryBackoffMs * attempt, opts.ackWaitMs / 2));
        }
      }
    } finally {
      span.end();
    }
  };

  // One promise chain per room: a room's deltas are decided and appended in delivery order.
  const roomChains = new Map<string, Promise<void>>();
  const serialPerRoom = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = roomChains.get(key) ?? Promise.resolve();
    const run = previous.then(work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    roomChains.set(key, tail);
    void tail.then(() => {
      if (roomChains.get(key) === tail) roomChains.delete(key);
    });
    return run;
  };

  // ---- the COMMITS consumer: one durable shared by every committer, pulled only by the active one ----
  let consumer: CommitConsumer | undefined;
  const inFlight = new Set<Promise<void>>();
  const processMessage = async (msg: JsMsg): Promise<void> => {
    let delta: MessageOf<'CommitDelta'>;
    try {
      delta = codecs.CommitDelta.decode(msg.data);
    } catch (err) {
      stats.rejected++;
      log.warn({ subject: msg.subject, seq: msg.seq, err: (err as Error).message }, 'dead-lettering a malformed commit');
      await deadLetter(msg, err);
      return;
    }
    try {
      const outcome = await serialPerRoom(msg.subject, () => commitWithRetry(delta, msg));
      await msg.ackAck().catch(() => msg.ack());
      publishAck(msg.subject, { taskId: delta.taskId, version: delta.version, accepted: true, duplicate: outcome.duplicate, roomVersion: outcome.roomVersion });
    } catch (err) {
      if (err instanceof PermanentError) {
        await deadLetter(msg, err);
        publishAck(msg.subject, { taskId: delta.taskId, version: delta.version, accepted: false, reason: err.message });
      } else {
        msg.nak(); // stopping, or no longer active: the next active committer gets it, before newer messages
      }
    }
  };
  /** Tells producers what became of a delta (core NATS: a hint, the history is the record). */
  const publishAck = (commitSubject: string, ack: InitOf<'CommitAck'>) => {
    const room = roomOfSubject(commitSubject);
    if (room) nc.publish(subjects.datastateAck(room.gameId, room.roomId), codecs.CommitAck.encode(ack));
  };
  const deadLetter = async (msg: JsMsg, error: unknown): Promise<void> => {
    await publishDeadLetter(nc, {
      service: SERVICE_NAME, nodeId: deps.nodeId, originalSubject: msg.subject, payload: msg.data, error,
      streamSeq: msg.seq, deliveryCount: msg.info.deliveryCount, headers: msg.headers, nowMs: clock.now(),
    });
    msg.term();
  };

  const startConsuming = async () => {
    await ensureCommitConsumer(nc, opts);
    const messages = await jetstream(nc)
      .consumers.get(Streams.Commits, Consumers.committer)
      .then((c) => c.consume({ max_messages: opts.maxInFlight, expires: opts.pullExpiresMs }));
    const loop = (async () => {
      for await (const msg of messages) {
        if (stopping || !isActive()) {
          msg.nak();
          continue;
        }
        const p = processMessage(msg).catch((err: Error) => log.error({ err: err.message, subject: msg.subject }, 'commit handler crashed'));
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
        while (inFlight.size >= opts.maxInFlight) await Promise.race(inFlight);
      }
    })();
    consumer = { messages, loop };
    log.info({ term: leaseKeeper.term }, 'active: applying commits');
  };
  const stopConsuming = async (graceMs: number) => {
    const c = consumer;
    consumer = undefined;
    if (c) {
      await c.messages.close().catch(() => undefined);
      await Promise.race([Promise.all([...inFlight]), sleep(graceMs)]);
      await c.loop.catch(() => undefined);
    }
    await flushSnapshots();
    hot.clear();
  };

  leaseKeeper.onChange = async (role) => {
    if (role === 'active') await startConsuming();
    else {
      log.warn('lost the active lease: standing by');
      await stopConsuming(0);
    }
  };
  if (opts.apply) await leaseKeeper.start();

  // ---- reads (NATS micro): current state, or a rebuild from cold at a version ----
  let service: Service | undefined;
  if (opts.serveReads) {
    service = await new Svcm(nc).add({ name: SERVICE_NAME, version: SERVICE_VERSION, description: 'DataState rooms: current state and rebuilds from the cold history', metadata: { nodeId: deps.nodeId } });
    const serve = (source: 'state' | 'rebuild') => (err: Error | null, msg: ServiceMsg) => {
      if (err) return;
      void answerRead(msg, source).catch((e: Error) => log.error({ err: e.message }, 'read endpoint failed'));
    };
    service.addEndpoint('state', { subject: subjects.datastateReadState, handler: serve('state'), metadata: { request: 'cellmesh.v1.StateQuery', reply: 'cellmesh.v1.RoomState' } });
    service.addEndpoint('rebuild', { subject: subjects.datastateReadRebuild, handler: serve('rebuild'), metadata: { request: 'cellmesh.v1.StateQuery', reply: 'cellmesh.v1.RoomState' } });
  }

  const answerRead = async (msg: ServiceMsg, source: 'state' | 'rebuild'): Promise<void> => {
    let query: MessageOf<'StateQuery'>;
    try {
      query = codecs.StateQuery.decode(msg.data);
    } catch (err) {
      respondError(msg, 400, 'bad-request', (err as Error).message);
      return;
    }
    const { gameId, roomId } = query;
    if (!isValidToken(gameId) || !isValidToken(roomId)) {
      respondError(msg, 400, 'bad-request', `gameId and roomId must be ids of letters, digits, "-" or "_" (got ${JSON.stringify(gameId)}, ${JSON.stringify(roomId)})`);
      return;
    }
    const atVersion = Number(query.atVersion);
    try {
      let room: Room;
      if (source === 'rebuild' || atVersion > 0) room = await store.rebuild(gameId, roomId, atVersion > 0 ? atVersion : undefined);
      else room = (isActive() ? hot.peek(`${gameId}/${roomId}`)?.room : undefined) ?? (await store.load(gameId, roomId));
      if (room.version === 0) {
        respondError(msg, 404, 'not-found', `room ${gameId}/${roomId} has no committed state`);
        return;
      }
      msg.respond(codecs.RoomState.encode(toRoomState(room, resolvePolicy(opts.policies, gameId, roomId), clock.now())));
    } catch (err) {
      if (err instanceof VersionUnavailableError) respondError(msg, err.gone ? 410 : 404, err.gone ? 'gone' : 'not-found', err.message);
      else respondError(msg, 503, 'unavailable', (err as Error).message);
    }
  };

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    stopping = true;
    await service?.stop().catch(() => undefined);
    await leaseKeeper.stop(async () => stopConsuming(graceMs));
    clearInterval(snapshotTimer);
    await Promise.all([...pendingWrites]);
  });
  return {
    name: handle.name,
    get state() {
      return handle.state;
    },
    stopped: handle.stopped,
    stop: (stopOpts) => handle.stop(stopOpts),
    get role(): CommitterRole {
      return isActive() ? 'active' : 'standby';
    },
    instanceId,
    stats: () => ({ ...stats, hotRooms: hot.size }),
    flushSnapshots,
  };
}

const MAX_IN_PLACE_ATTEMPTS = 20;

interface CommitOutcome {
  duplicate: boolean;
  roomVersion: number;
}
const NS_PER_MS = 1_000_000;

interface CommitConsumer {
  messages: ConsumerMessages;
  loop: Promise<void>;
}

/**
 * The one durable consumer all committers share. max_deliver is unlimited: permanent failures are
 * dead-lettered by the committer itself, and a redelivery after a hand-over must never be dropped.
 */
async function ensureCommitConsumer(nc: NatsConnection, opts: CompiledDatastateCommitterOptions): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = {
    durable_name: Consumers.committer,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: subjects.datastateCommitAll,
    ack_wait: opts.ackWaitMs * NS_PER_MS,
    max_deliver: -1,
    max_ack_pending: opts.maxInFlight * 4,
  };
  try {
    await jsm.consumers.add(Streams.Commits, config);
  } catch {
    // Exists with other settings (another committer's options): align the editable ones.
    await jsm.consumers.update(Streams.Commits, Consumers.committer, { ack_wait: config.ack_wait, max_deliver: config.max_deliver, max_ack_pending: config.max_ack_pending });
  }
}

function reject(reason: RejectReason, detail: string): PermanentError {
  return new PermanentError(`${reason}: ${detail}`, reason);
}

function respondError(msg: ServiceMsg, status: number, code: string, message: string): void {
  msg.respondError(status, message, codecs.ErrorReply.encode({ code, message }));
}

/** datastate.commit.<gameId>.<roomId> → its room; undefined when the subject has another shape. */
function roomOfSubject(subject: string): { gameId: string; roomId: string } | undefined {
  const tokens = subjectTokens(subject);
  if (tokens.length !== 4 || !isValidToken(tokens[2]!) || !isValidToken(tokens[3]!)) return undefined;
  const room = { gameId: tokens[2]!, roomId: tokens[3]! };
  return subjects.datastateCommit(room.gameId, room.roomId) === subject ? room : undefined;
}

/** Only used for a malformed subject: the decision rejects it on scope before reading the room. */
function emptyRoomFor(view: CommitDeltaView): Room {
  return new Room(view.scope.gameId, view.scope.roomId);
}

function viewOf(d: MessageOf<'CommitDelta'>): CommitDeltaView {
  const fencing = d.fencing ? { clusterId: d.fencing.clusterId ?? '', holder: d.fencing.holder ?? '', term: Number(d.fencing.term ?? 0) } : undefined;
  return {
    taskId: d.taskId,
    scope: { gameId: d.scope?.gameId ?? '', roomId: d.scope?.roomId ?? '', taskId: d.scope?.taskId ?? '' },
    baseVersion: Number(d.baseVersion),
    version: Number(d.version),
    writes: d.writes.map((w) => ({ key: w.key ?? '', value: w.value ?? new Uint8Array(0), delete: w.delete === true })),
    crdtUpdate: d.crdtUpdate,
    hlc: hlcOf(d.hlc),
    fencing,
    nodeId: d.nodeId,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Competes for the committer lease in cm_leases (CAS on the entry revision) and renews it every
 * third of its TTL. `holds()` turns false half a TTL after the last successful renewal, before
 * anyone else can take over.
 */
class ActiveLeaseKeeper {
  onChange: (role: CommitterRole) => Promise<void> = async () => undefined;
  term = 0;
  private revision = 0;
  private lastRenewedAtMs: number | undefined;
  private role: CommitterRole = 'standby';
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly kv: KV,
    private readonly self: string,
    private readonly opts: CompiledDatastateCommitterOptions,
    private readonly clock: { now(): number },
    private readonly log: Logger,
  ) {}

  holds(): boolean {
    return this.role === 'active' && holdsLease(this.lastRenewedAtMs, this.clock.now(), this.opts.leaseTtlMs);
  }

  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => {
      this.ticking = this.ticking.then(() => this.tick());
    }, this.opts.leaseRenewMs);
    this.timer.unref();
  }

  /** Stops competing; an active holder finishes `drain` first, then releases the lease so a standby takes over at once. */
  async stop(drain: () => Promise<void>): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    const wasActive = this.role === 'active';
    this.role = 'standby';
    await drain();
    if (!wasActive) return;
    const released = codecs.Lease.encode({ clusterId: COMMITTER_LEASE_ID, holder: '', term: this.term, renewedAtMs: this.clock.now(), expiresAtMs: 0 });
    await this.kv.update(keys.committerLease, released, this.revision).catch((err: Error) => this.log.warn({ err: err.message }, 'could not release the committer lease; it expires on its own'));
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const now = this.clock.now();
    let next: CommitterRole = this.role;
    try {
      const entry = await this.kv.get(keys.committerLease);
      const current = entry && entry.operation === 'PUT' && entry.value.length > 0 ? { lease: leaseView(codecs.Lease.decode(entry.value)), revision: entry.revision } : undefined;
      const action = decideLeaseAction(current, this.self, now);
      if (action.kind === 'wait') {
        next = 'standby';
      } else {
        const value = codecs.Lease.encode({ clusterId: COMMITTER_LEASE_ID, holder: this.self, term: action.term, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + this.opts.leaseTtlMs });
        this.revision = action.kind === 'create' ? await this.kv.create(keys.committerLease, value) : await this.kv.update(keys.committerLease, value, action.revision);
        this.term = action.term;
        this.lastRenewedAtMs = now;
        next = 'active';
      }
    } catch (err) {
      // A lost CAS race means someone else holds it now; any other error leaves holds() to expire on its own.
      this.log.debug({ err: (err as Error).message }, 'committer lease round failed');
      if (!this.holds()) next = 'standby';
    }
    if (this.stopped || next === this.role) return;
    this.role = next;
    await this.onChange(next).catch((err: Error) => this.log.error({ err: err.message }, 'role change failed'));
  }
}

function leaseView(lease: MessageOf<'Lease'>): { holder: string; term: number; expiresAtMs: number } {
  return { holder: lease.holder, term: Number(lease.term), expiresAtMs: Number(lease.expiresAtMs) };
}
