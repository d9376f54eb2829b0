/**
 * One room's state and the merge rules. Pure: plain data and Yjs in, no I/O.
 *
 * - Keyed writes are registers. In last-writer-wins and CRDT scopes a write replaces the current
 *   entry only if its stamp is greater in the total order (HLC, then tombstone over value, then the
 *   value's bytes), so any order of the same deltas ends in the same entries. Deletes leave a
 *   tombstone for the same reason: an older write arriving later must not resurrect the key.
 * - In reject-stale scopes the delta already passed the per-key version check, so writes overwrite.
 * - CRDT updates are Yjs updates applied to one Y.Doc per room (commutative, associative, idempotent).
 */
import type * as YjsModule from 'yjs' with { 'resolution-mode': 'require' };
// yjs ships as an ES module with a CommonJS build; this CommonJS package loads the latter.
const Y: typeof YjsModule = require('yjs');
import { compareBytes, compareHlc, type HlcStamp } from './hlc';
import { recordApplied, type AppliedVersions } from './dedupe';
import { PolicyName } from './policy';

export interface KeyEntry {
  value: Uint8Array;
  hlc: HlcStamp;
  /** The room version that last wrote this key (the per-key optimistic-concurrency version). */
  version: number;
  deleted: boolean;
}

/** A delta that passed every check, with canonical keys: what the history records and a replay applies. */
export interface AcceptedDelta {
  taskId: string;
  version: number;
  writes: readonly { key: string; value: Uint8Array; delete: boolean }[];
  crdtUpdate: Uint8Array | undefined;
  hlc: HlcStamp;
}

/** Bytes an entry is counted for besides its key and value (stamps, versions, map overhead). */
const ENTRY_OVERHEAD_BYTES = 48;

export class Room {
  version = 0;
  readonly entries = new Map<string, KeyEntry>();
  readonly applied: AppliedVersions = new Map();
  /** COMMITS sequence of the last applied delta. */
  lastCommitSeq = 0;
  /** DATASTATE_HISTORY sequence of the last applied delta: the warm snapshot covers history up to here. */
  coldSeq = 0;
  private doc: YjsModule.Doc | undefined;
  private crdtBytes = 0;
  private entryBytes = 0;

  constructor(
    readonly gameId: string,
    readonly roomId: string,
  ) {}

  /** Approximate memory and snapshot size, for the hot-cache bound and the room-size limit. */
  get approxBytes(): number {
    return this.entryBytes + this.crdtBytes;
  }

  /** Applies an accepted delta as room version `this.version + 1`; returns the keys whose write lost the merge. */
  apply(delta: AcceptedDelta, policy: PolicyName, commitSeq: number): { lostKeys: string[] } {
    const newVersion = this.version + 1;
    const lostKeys: string[] = [];
    for (const write of delta.writes) {
      const candidate: KeyEntry = { value: write.delete ? new Uint8Array(0) : write.value, hlc: delta.hlc, version: newVersion, deleted: write.delete };
      const current = this.entries.get(write.key);
      if (current && policy !== PolicyName.RejectStale && compareEntries(candidate, current) <= 0) {
        lostKeys.push(write.key);
        continue;
      }
      this.setEntry(write.key, candidate);
    }
    if (delta.crdtUpdate && delta.crdtUpdate.length > 0) {
      Y.applyUpdate(this.ydoc(), delta.crdtUpdate);
      this.crdtBytes += delta.crdtUpdate.length;
    }
    recordApplied(this.applied, delta.taskId, delta.version);
    this.version = newVersion;
    this.lastCommitSeq = Math.max(this.lastCommitSeq, commitSeq);
    return { lostKeys };
  }

  /** Restores a key as a snapshot recorded it. */
  restoreEntry(key: string, entry: KeyEntry): void {
    this.setEntry(key, entry);
  }

  /** Restores the CRDT document from a snapshot's encoded state. */
  restoreCrdt(state: Uint8Array): void {
    if (state.length === 0) return;
    Y.applyUpdate(this.ydoc(), state);
    this.crdtBytes = state.length;
  }

  /** The CRDT document as one Yjs update (empty when the room has none). */
  crdtState(): Uint8Array {
    return this.doc ? Y.encodeStateAsUpdate(this.doc) : new Uint8Array(0);
  }

  hasCrdt(): boolean {
    return this.doc !== undefined;
  }

  private setEntry(key: string, entry: KeyEntry): void {
    const old = this.entries.get(key);
    if (old) this.entryBytes -= key.length + old.value.length + ENTRY_OVERHEAD_BYTES;
    this.entries.set(key, entry);
    this.entryBytes += key.length + entry.value.length + ENTRY_OVERHEAD_BYTES;
  }

  private ydoc(): YjsModule.Doc {
    this.doc ??= new Y.Doc({ gc: true });
    return this.doc;
  }
}

/**
 * The LWW order: HLC, then a tombstone beats a value with the same stamp, then the value's bytes.
 * Total, so the winner never depends on arrival order.
 */
export function compareEntries(a: Pick<KeyEntry, 'hlc' | 'deleted' | 'value'>, b: Pick<KeyEntry, 'hlc' | 'deleted' | 'value'>): number {
  const byClock = compareHlc(a.hlc, b.hlc);
  if (byClock !== 0) return byClock;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  return compareBytes(a.value, b.value);
}

/** The LWW merge of two register values: a join (commutative, associative, idempotent). */
export function mergeEntries<E extends Pick<KeyEntry, 'hlc' | 'deleted' | 'value'>>(a: E, b: E): E {
  return compareEntries(a, b) >= 0 ? a : b;
}

/** Checks that bytes are a decodable Yjs update without touching any document. */
export function isValidYjsUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/**
 * A JSON view of a Yjs state for people (the CLI): each top-level type as a map, text or array.
 * Types are untyped after decoding, so the shape is read from what they hold.
 */
export function describeCrdt(state: Uint8Array): Record<string, unknown> {
  if (state.length === 0) return {};
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const out: Record<string, unknown> = {};
  for (const [name, type] of [...doc.share.entries()]) {
    if (type._map.size > 0) {
      out[name] = doc.getMap(name).toJSON();
    } else if (type._start) {
      const holdsText = type._start.content instanceof Y.ContentString || type._start.content instanceof Y.ContentFormat;
      out[name] = holdsText ? doc.getText(name).toString() : doc.getArray(name).toJSON();
    } else {
      out[name] = null;
    }
  }
  doc.destroy();
  return out;
}
