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
import type { Span } from '@opentelemetry/api';
import { codecs, type InitOf, type MessageOf } from '@cellmesh/contracts';
import {
  Buckets, Consumers, ObjectStores, PermanentError, RetryableError, Streams, isValidToken, keys, openBucket, publishDeadLetter, publishMessage, requestOnlyConnection, subjectTokens, subjects, type Logger,
} from '@cellmesh/bus';
import { ROOM_IN_OBJECT_STORE, commitMsgId } from '@cellmesh/client';
import { FencingRejection, LeaseWatcher, type FencingToken } from '@cellmesh/leases';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { CellmeshAttr, SpanName, recordSpanError, startProducerSpan, withConsumerSpan, withInternalSpan, type NodeOpsMetrics } from '@cellmesh/telemetry';
import {
  RejectReason, RateLimitedLog, corruptLeaseView, decideCommit, decisionAcceptedAtMs, supersededToken, decideLeaseAction, hlcOf, historyEntryOf, holdsLease, limitsForTransport, nextRttEwma, resolvePolicy, shouldSnapshot, snapshotIntervalMs, toRoomState,
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

export interface DatastateCommitterDeps extends ServiceDeps {
  /**
   * The process's lease view (one LeaseWatcher per process, shared with the scheduler and the workers,
   * as `cellmesh up` hosts them). Without it an applying committer opens its own on cm_leases and stops
   * it on stop().
   */
  leases?: LeaseWatcher;
  /** Operator metrics of this node (createNodeMetrics; a shared registry labelled node=<id>). */
  metrics?: NodeOpsMetrics;
}

/** What the active committer last measured of its layers (also sent as LoadReport.datastate). */
export interface DataStateUsage {
  hotBytes: number;
  warmBytes: number;
  coldBytes: number;
  /** Commit requests not yet applied: undelivered plus delivered-but-unacknowledged on the durable. */
  commitBacklog: number;
}

export interface DatastateCommitterHandle extends ServiceHandle {
  readonly role: CommitterRole;
  /** Unique per start (nodeId#instance): the holder name in the active lease. */
  readonly instanceId: string;
  stats(): CommitterStats;
  /** Measures the layers and the backlog now, sets the backlog gauge and sends a LoadReport (the active committer only). */
  reportLoad(): Promise<DataStateUsage | undefined>;
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

export async function startDatastateCommitter(deps: DatastateCommitterDeps, options: DatastateCommitterOptions = {}): Promise<DatastateCommitterHandle> {
  const opts = compileOptions(options);
  const { nc, clock, tracer } = deps;
  const instanceId = `${deps.nodeId}#${randomUUID().slice(0, 8)}`;
  const log = deps.logger.child({ component: SERVICE_NAME, instanceId });
  const store = await DurableRoomStore.open(nc);
  const foreignReported = new Set<number>();
  store.onForeignEntry = ({ subject, seq, payload }) => {
    if (foreignReported.has(seq)) return;
    if (foreignReported.size > 4096) foreignReported.clear();
    foreignReported.add(seq);
    log.warn({ subject, seq }, 'skipping a history message no committer wrote');
    deps.metrics?.deadLettered(SERVICE_NAME);
    void publishDeadLetter(nc, { service: SERVICE_NAME, nodeId: deps.nodeId, originalSubject: subject, payload, streamSeq: seq, error: new PermanentError('history message without a committer\'s message id: skipped on replay', 'history-foreign'), nowMs: clock.now() })
      .catch((err: Error) => log.warn({ err: err.message }, 'could not dead-letter a foreign history message'));
  };
  const leasesKv = await openBucket(nc, Buckets.Leases);
  // Fencing reads through the shared lease view, so the fence this committer raises is the one the
  // executors of this process check too (docs/leader-election.md §8). A read-only replica needs none.
  const ownLeases = deps.leases === undefined && opts.apply;
  /** A malformed value in cm_leases is reported durably once per revision (the readers keep going without it). */
  const reportCorruptLease = (report: { key: string; revision: number; error: string; value: Uint8Array }) => {
    deps.metrics?.deadLettered(SERVICE_NAME);
    void publishDeadLetter(nc, {
      service: SERVICE_NAME, nodeId: deps.nodeId, originalSubject: `$KV.${Buckets.Leases}.${report.key}`, payload: report.value,
      error: new PermanentError(`malformed lease value at revision ${report.revision}: ${report.error}`, 'lease-malformed'), streamSeq: report.revision, nowMs: clock.now(),
    }).catch((err: Error) => log.warn({ err: err.message }, 'could not dead-letter a malformed lease value'));
  };
  const leases = deps.leases ?? (opts.apply ? await LeaseWatcher.forBucket(leasesKv, { clock, logger: log, onCorrupt: reportCorruptLease }) : undefined);

  const stats: CommitterStats = { applied: 0, duplicates: 0, rejected: 0, mergedConflicts: 0, historyConflicts: 0, snapshotsWritten: 0, kvRttEwmaMs: undefined, snapshotIntervalMs: opts.warmRate.minIntervalMs, hotRooms: 0 };
  const pendingWrites = new Set<Promise<void>>();
  let stopping = false;
  /** One "warm snapshot failed" line per room per minute (a room over the transport limit fails on every tick). */
  const snapshotFailures = new RateLimitedLog(60_000);

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
      .catch((err: Error) => {
        const key = `${room.gameId}/${room.roomId}`;
        const suppressed = snapshotFailures.admit(key, clock.now());
        if (suppressed !== undefined) log.warn({ err: err.message, room: key, suppressedSinceLast: suppressed }, 'warm snapshot failed; the cold history still holds every delta');
      })
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

  // ---- fencing: the cluster's lease read directly just before deciding (so a takeover committed before
  // this delta is always seen, whatever the watch has delivered), checked against the shared fence ----
  const fenceFor = async (clusterId: string): Promise<{ lease: LeaseView | undefined; fenceTerm: number | undefined }> => {
    if (!leases) throw new RetryableError('this committer does not apply (apply: false)', { backoffMs: 0 });
    const stored = await leases.refresh(clusterId);
    const lease = stored && stored.record.clusterId === clusterId ? { clusterId, holder: stored.record.holder, term: stored.record.term } : undefined;
    return { lease, fenceTerm: leases.currentTerm(clusterId) };
  };

  // ---- the active lease ----
  const leaseKeeper = new ActiveLeaseKeeper(leasesKv, instanceId, opts, clock, log, reportCorruptLease);
  const isActive = () => leaseKeeper.holds();

  // ---- applying one commit ----
  /**
   * With the object store a room's snapshot and reads are chunked, so only the configured bound applies;
   * without it (a fabric provisioned by an older release) a room must fit one message (transport-limits.ts).
   */
  const roomLimits = () => limitsForTransport(opts.limits, store.holdsLargeRooms ? undefined : nc.info?.max_payload);
  const commitOnce = async (delta: MessageOf<'CommitDelta'>, msg: JsMsg, span: Span): Promise<CommitOutcome> => {
    const view = viewOf(delta);
    const historyLimit = historyEntryLimit(nc.info?.max_payload);
    if (msg.data.length > historyLimit) throw reject(RejectReason.TooLarge, `the delta is ${msg.data.length} bytes; its history entry must fit one message: at most ${historyLimit} bytes (the server's max_payload ${nc.info?.max_payload} less ${HISTORY_ENTRY_ENVELOPE_BYTES})`);
    const subjectRoom = roomOfSubject(msg.subject);
    const slot = subjectRoom ? await hotRoom(subjectRoom.gameId, subjectRoom.roomId) : undefined;
    const fencing = view.fencing;
    if (fencing && fencing.clusterId !== '' && !isValidToken(fencing.clusterId)) {
      throw reject(RejectReason.FencingInvalid, `fencing clusterId ${JSON.stringify(fencing.clusterId)} is not a valid id`);
    }
    const fenced = fencing !== undefined && fencing.clusterId !== '';
    let { lease, fenceTerm } = fenced ? await fenceFor(fencing.clusterId) : { lease: undefined, fenceTerm: undefined };
    // Accept-time fencing: a token the current lease no longer names is still good if its term was in office
    // when the fabric accepted the decision (its dispatch, or else this commit). A stalled committer then
    // applies what was accepted before a hand-over instead of dead-lettering it stale-term.
    let acceptedInOffice = false;
    if (fenced && fencing.term >= 1 && supersededToken(fencing, lease, fenceTerm)) {
      const acceptedAtMs = decisionAcceptedAtMs(Number(delta.fencing?.acceptedAtMs ?? 0), Math.floor(Number(msg.info.timestampNanos) / NS_PER_MS));
      const office = await leases!.wasInOffice(fencing, acceptedAtMs);
      if (office.inOffice) {
        acceptedInOffice = true;
        lease = { clusterId: fencing.clusterId, holder: fencing.holder, term: fencing.term };
        fenceTerm = fencing.term;
        span.setAttribute('cellmesh.commit.fenced_at_accept', true);
      } else span.setAttribute('cellmesh.commit.fence_detail', office.detail);
    }
    const room = slot?.room;
    const policy = slot?.policy ?? opts.policies.default;
    const decision = decideCommit(room ?? emptyRoomFor(view), view, {
      policy, nowMs: clock.now(), limits: roomLimits(), subjectRoom, lease, highestAcceptedTerm: fenceTerm,
    });
    span.setAttribute('cellmesh.commit.decision', decision.kind);
    if (decision.kind === 'duplicate') {
      stats.duplicates++;
      return { duplicate: true, roomVersion: room?.version ?? 0 };
    }
    if (decision.kind === 'reject') throw reject(decision.reason, decision.detail);
    if (!slot || !room) throw reject(RejectReason.SubjectScopeMismatch, `malformed subject ${msg.subject}`);
    if (!isActive()) throw new RetryableError('this committer is no longer the active one', { backoffMs: 0 });
    // libs/leases' check on top of the lease read: it also refuses a same-term token of another holder than
    // the one an executor of this process already accepted, and raises the shared fence to a newer term.
    if (fenced && fencing.term >= 1 && !acceptedInOffice) assertSharedFence(leases!, fencing);

    const roomVersion = room.version + 1;
    const entry = historyEntryOf(decision.delta, { scope: view.scope, baseVersion: view.baseVersion, fencing: delta.fencing ?? undefined, nodeId: view.nodeId }, {
      roomVersion, commitSeq: msg.seq, appliedAtMs: clock.now(), committerNodeId: deps.nodeId, policy,
    });
    const historySeq = await store.append(room.gameId, room.roomId, entry, room.coldSeq);
    room.apply(decision.delta, policy, msg.seq);
    room.coldSeq = historySeq;
    slot.dirty = true;
    dirtyRooms.add(`${room.gameId}/${room.roomId}`);
    stats.applied++;
    stats.mergedConflicts += decision.conflictingKeys.length;
    span.setAttribute('cellmesh.room_version', roomVersion);
    if (decision.conflictingKeys.length > 0) span.addEvent('merged-conflicts', { keys: decision.conflictingKeys.join(','), policy });
    return { duplicate: false, roomVersion };
  };

  /** Decide and apply, inside the `cellmesh.commit` span (a throw out of it marks the span ERROR). */
  const commitWithRetry = async (delta: MessageOf<'CommitDelta'>, msg: JsMsg, span: Span): Promise<CommitOutcome> => {
    for (let attempt = 1; ; attempt++) {
      if (stopping) throw new RetryableError('the committer is stopping', { backoffMs: 0 });
      if (!isActive()) throw new RetryableError('this committer is no longer the active one', { backoffMs: 0 });
      try {
        return await commitOnce(delta, msg, span);
      } catch (err) {
        if (err instanceof PermanentError) {
          stats.rejected++;
          span.setAttribute(REJECT_REASON_ATTR, err.code);
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
  /** Bound to handle.fail once the handle exists. */
  let failService: (err: Error) => void = () => undefined;
  const inFlight = new Set<Promise<void>>();
  /**
   * One COMMITS message, inside a CONSUMER span whose parent is the producer's context from the headers
   * (the worker's `send datastate.commit.>`, itself a child of `cellmesh.run`): the commit joins the task's trace.
   */
  const processMessage = async (msg: JsMsg): Promise<void> => {
    let delta: MessageOf<'CommitDelta'> | undefined;
    let malformed: unknown;
    try {
      delta = codecs.CommitDelta.decode(msg.data);
    } catch (err) {
      malformed = err;
    }
    const fencing = delta?.fencing;
    const term = Number(fencing?.term ?? 0);
    await withConsumerSpan(
      tracer,
      msg.headers,
      {
        subject: msg.subject, subjectTemplate: subjects.datastateCommitAll, scope: delta?.scope, nodeId: deps.nodeId, consumerGroup: Consumers.committer,
        clusterId: fencing?.clusterId || undefined, bodySize: msg.data.length,
        ...(delta ? { messageId: commitMsgId(delta.taskId, Number(delta.version)) } : {}),
        attributes: { [DELIVERY_COUNT_ATTR]: msg.info.deliveryCount, ...(term ? { [CellmeshAttr.Term]: term } : {}) },
      },
      async (span) => {
        if (!delta) {
          stats.rejected++;
          deps.metrics?.taskRejected(`${REJECTION_METRIC_PREFIX}${MALFORMED_REASON}`);
          recordSpanError(span, malformed);
          log.warn({ subject: msg.subject, seq: msg.seq, err: (malformed as Error).message }, 'dead-lettering a malformed commit');
          await deadLetter(msg, malformed);
          return;
        }
        const d = delta;
        try {
          const outcome = await serialPerRoom(msg.subject, () =>
            withInternalSpan(tracer, SpanName.Commit, { scope: d.scope, nodeId: deps.nodeId, clusterId: fencing?.clusterId || undefined }, (commitSpan) => commitWithRetry(d, msg, commitSpan)),
          );
          await msg.ackAck().catch(() => msg.ack());
          span.setAttribute(COMMIT_OUTCOME_ATTR, outcome.duplicate ? 'duplicate' : 'applied');
          // Lag from the moment COMMITS stored the delta (commitDelta resolved: accepted) to its application.
          if (!outcome.duplicate) deps.metrics?.observeCommitLagMs(clock.now() - Number(msg.info.timestampNanos) / NS_PER_MS);
          publishAck(msg.subject, d, { taskId: d.taskId, version: d.version, accepted: true, duplicate: outcome.duplicate, roomVersion: outcome.roomVersion });
        } catch (err) {
          if (err instanceof PermanentError) {
            deps.metrics?.taskRejected(`${REJECTION_METRIC_PREFIX}${err.code}`);
            span.setAttribute(COMMIT_OUTCOME_ATTR, 'rejected');
            span.setAttribute(REJECT_REASON_ATTR, err.code);
            recordSpanError(span, err);
            await deadLetter(msg, err);
            publishAck(msg.subject, d, { taskId: d.taskId, version: d.version, accepted: false, reason: err.message });
          } else {
            span.setAttribute(COMMIT_OUTCOME_ATTR, 'requeued');
            msg.nak(); // stopping, or no longer active: the next active committer gets it, before newer messages
          }
        }
      },
    );
  };
  /** Tells producers what became of a delta (core NATS: a hint, the history is the record), in a PRODUCER child span. */
  const publishAck = (commitSubject: string, delta: MessageOf<'CommitDelta'>, ack: InitOf<'CommitAck'>) => {
    const room = roomOfSubject(commitSubject);
    if (!room) return;
    const subject = subjects.datastateAck(room.gameId, room.roomId);
    const payload = codecs.CommitAck.encode(ack);
    const { span, headers } = startProducerSpan(tracer, {
      subject, subjectTemplate: subjects.datastateAckAll, scope: delta.scope, nodeId: deps.nodeId, messageId: commitMsgId(delta.taskId, Number(delta.version)), bodySize: payload.byteLength,
    });
    try {
      nc.publish(subject, payload, { headers });
    } catch (err) {
      recordSpanError(span, err);
      log.warn({ subject, err: (err as Error).message }, 'could not publish a commit ack');
    } finally {
      span.end();
    }
  };
  const deadLetter = async (msg: JsMsg, error: unknown): Promise<void> => {
    await publishDeadLetter(nc, {
      service: SERVICE_NAME, nodeId: deps.nodeId, originalSubject: msg.subject, payload: msg.data, error,
      streamSeq: msg.seq, deliveryCount: msg.info.deliveryCount, headers: msg.headers, nowMs: clock.now(),
    });
    deps.metrics?.deadLettered(SERVICE_NAME);
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
    })().then(
      () => endedByItself(new Error(`the ${Consumers.committer} consumer on ${Streams.Commits} stopped delivering (connection closed or consumer gone)`)),
      (err: Error) => endedByItself(new Error(`the ${Consumers.committer} consumer on ${Streams.Commits} failed: ${err.message}`, { cause: err })),
    );
    /** A pull loop that ends while this committer still means to apply fails the service (readyz, exit for the supervisor). */
    const endedByItself = (err: Error) => {
      if (stopping || consumer?.messages !== messages) return;
      log.error({ err: err.message }, 'commit consumer loop ended');
      failService(err);
    };
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

  // ---- load: the active committer reports its layers and backlog to its node's collector ----
  const jsm = await jetstreamManager(nc);
  const measureWarned = new Set<string>();
  /** One figure, or 0 when it cannot be read (e.g. a user without STREAM.INFO on that stream): warned once. */
  const measure = async (what: string, read: () => Promise<number>): Promise<number> => {
    try {
      return await read();
    } catch (err) {
      if (!measureWarned.has(what)) log.warn({ err: (err as Error).message }, `cannot measure ${what}; reporting 0`);
      measureWarned.add(what);
      return 0;
    }
  };
  let reportedUsage = false;
  const sendUsage = (usage: DataStateUsage) => {
    deps.metrics?.setCommitBacklog(usage.commitBacklog);
    try {
      publishMessage(nc, subjects.metricsLoad(deps.nodeId), codecs.LoadReport, { nodeId: deps.nodeId, source: SERVICE_NAME, queueDepth: 0, runningTasks: 0, datastate: usage, reportedAtMs: clock.now() });
      reportedUsage = true;
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'could not publish a load report');
    }
  };
  const reportLoad = async (): Promise<DataStateUsage | undefined> => {
    if (stopping || !isActive()) return undefined;
    const [warmBytes, coldBytes, commitBacklog] = await Promise.all([
      measure('the warm layer (cm_datastate)', () => store.warmBytes()),
      measure(`the cold layer (${Streams.History})`, () => store.coldBytes()),
      measure('the commit backlog', async () => {
        const info = await jsm.consumers.info(Streams.Commits, Consumers.committer);
        return info.num_pending + info.num_ack_pending;
      }),
    ]);
    const usage: DataStateUsage = { hotBytes: hot.calculatedSize, warmBytes, coldBytes, commitBacklog };
    if (stopping || !isActive()) return undefined;
    sendUsage(usage);
    return usage;
  };
  /** The figures are the fabric's, reported by whichever committer is active: a committer that stops being it reports zeros once. */
  const retractUsage = () => {
    if (reportedUsage) sendUsage({ hotBytes: 0, warmBytes: 0, coldBytes: 0, commitBacklog: 0 });
    reportedUsage = false;
  };
  const loadTimer = setInterval(() => void reportLoad(), opts.loadReportIntervalMs);
  loadTimer.unref();

  leaseKeeper.onChange = async (role) => {
    if (role === 'active') {
      await startConsuming();
      void reportLoad();
    } else {
      log.warn('lost the active lease: standing by');
      await stopConsuming(0);
      retractUsage();
    }
  };
  if (opts.apply) await leaseKeeper.start();

  // ---- reads (NATS micro): current state, or a rebuild from cold at a version ----
  let service: Service | undefined;
  if (opts.serveReads) {
    // A read whose reply is not an inbox is dropped unanswered (reply-guard in @cellmesh/bus): the committer may write room state.
    service = await new Svcm(requestOnlyConnection(nc, { logger: log })).add({ name: SERVICE_NAME, version: SERVICE_VERSION, description: 'DataState rooms: current state and rebuilds from the cold history', metadata: { nodeId: deps.nodeId } });
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
      const reply = codecs.RoomState.encode(toRoomState(room, resolvePolicy(opts.policies, gameId, roomId), clock.now()));
      const maxPayload = nc.info?.max_payload ?? Infinity;
      if (reply.byteLength > maxPayload - READ_REPLY_ENVELOPE_BYTES) {
        // Too large for one reply: leave it in the object store and tell the reader where (readRoomState follows it).
        if (store.holdsLargeRooms) {
          const name = await store.leaveForReader(gameId, roomId, reply);
          respondError(msg, 413, ROOM_IN_OBJECT_STORE, `${ObjectStores.Rooms}/${name}`);
        } else {
          respondError(msg, 413, 'too-large', `room ${gameId}/${roomId} state is ${reply.byteLength} bytes, more than the server's max_payload ${maxPayload} carries in one reply, and the ${ObjectStores.Rooms} object store is not provisioned`);
        }
        return;
      }
      msg.respond(reply);
    } catch (err) {
      if (err instanceof VersionUnavailableError) respondError(msg, err.gone ? 410 : 404, err.gone ? 'gone' : 'not-found', err.message);
      else respondError(msg, 503, 'unavailable', (err as Error).message);
    }
  };

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    stopping = true;
    await service?.stop().catch(() => undefined);
    clearInterval(loadTimer);
    await leaseKeeper.stop(async () => stopConsuming(graceMs));
    clearInterval(snapshotTimer);
    await Promise.all([...pendingWrites]);
    retractUsage();
    if (ownLeases) await leases?.stop();
  });
  failService = (err) => handle.fail(err);
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
    reportLoad,
    flushSnapshots,
  };
}

const MAX_IN_PLACE_ATTEMPTS = 20;
/** Room left in a read reply for headers. */
const READ_REPLY_ENVELOPE_BYTES = 4 * 1024;
/** What a HistoryEntry adds around the delta it records (room version, sequences, policy, committer). */
const HISTORY_ENTRY_ENVELOPE_BYTES = 8 * 1024;

function historyEntryLimit(maxPayload: number | undefined): number {
  return (maxPayload ?? Infinity) - HISTORY_ENTRY_ENVELOPE_BYTES;
}
/** Rejections count in cellmesh_tasks_rejected_total{reason="commit-<reason>"} (the reasons of ./core/reasons.ts). */
export const REJECTION_METRIC_PREFIX = 'commit-';
/** The reason of an undecodable COMMITS payload (the codec's message goes into the dead letter). */
export const MALFORMED_REASON = 'malformed';
const COMMIT_OUTCOME_ATTR = 'cellmesh.commit.outcome';
const REJECT_REASON_ATTR = 'cellmesh.commit.reject_reason';
const DELIVERY_COUNT_ATTR = 'cellmesh.delivery_count';

/** libs/leases' reasons in the committer's vocabulary (docs/datastate.md). */
const FENCE_REASONS: Record<FencingRejection, RejectReason> = {
  [FencingRejection.StaleTerm]: RejectReason.StaleTerm,
  [FencingRejection.HolderMismatch]: RejectReason.HolderMismatch,
  [FencingRejection.InvalidToken]: RejectReason.FencingInvalid,
  [FencingRejection.ClusterMismatch]: RejectReason.FencingInvalid,
};

/** The shared fence's check (LeaseWatcher.check: leader-core checkFencingToken); a refusal is a rejection with the reason. */
function assertSharedFence(leases: LeaseWatcher, token: FencingToken): void {
  const verdict = leases.check(token);
  if (!verdict.accepted) throw reject(FENCE_REASONS[verdict.reason], `cluster ${token.clusterId}: ${verdict.detail}`);
}

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
  /** The undecodable `committer.active` revision last seen and when it was first seen. */
  private corruptSeen: { revision: number; atMs: number } | undefined;
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
    private readonly onCorrupt: (report: { key: string; revision: number; error: string; value: Uint8Array }) => void = () => undefined,
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

  /** The stored value as a lease view; an undecodable one is reported once and stands for a holder that expires one TTL after it was first seen. */
  private viewOf(value: Uint8Array, revision: number, nowMs: number): { holder: string; term: number; expiresAtMs: number } {
    try {
      const view = leaseView(codecs.Lease.decode(value));
      this.corruptSeen = undefined;
      return view;
    } catch (err) {
      if (this.corruptSeen?.revision !== revision) {
        this.corruptSeen = { revision, atMs: nowMs };
        this.log.warn({ key: keys.committerLease, revision, err: (err as Error).message }, 'undecodable committer lease value: taking it over after one lease TTL');
        this.onCorrupt({ key: keys.committerLease, revision, error: (err as Error).message, value });
      }
      return corruptLeaseView(revision, this.corruptSeen.atMs, this.opts.leaseTtlMs);
    }
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const now = this.clock.now();
    let next: CommitterRole = this.role;
    try {
      const entry = await this.kv.get(keys.committerLease);
      const current = entry && entry.operation === 'PUT' && entry.value.length > 0 ? { lease: this.viewOf(entry.value, entry.revision, now), revision: entry.revision } : undefined;
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
  const view = { holder: lease.holder, term: Number(lease.term), expiresAtMs: Number(lease.expiresAtMs) };
  // protobuf decodes many garbage byte strings without error: believe only a lease that names this lease.
  if (lease.clusterId !== COMMITTER_LEASE_ID || !Number.isSafeInteger(view.term) || view.term < 0 || !Number.isFinite(view.expiresAtMs)) {
    throw new Error(`not a committer lease (clusterId ${JSON.stringify(lease.clusterId)}, term ${String(lease.term)})`);
  }
  return view;
}
