/**
 * The hub's fabric-wide views in the cells topology: streams and a KV bucket in the hub's JetStream
 * domain that source every cell's own (NATS's cross-domain sourcing over the leaf links: nothing
 * home-made). A cell cut off from the hub keeps its own streams; its source catches up when the link returns.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, RetentionPolicy, StorageType, DiscardPolicy, type StreamSource } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { Buckets, Streams, tok } from './names';

/** Hub streams that aggregate each cell's stream of the same meaning. */
export const HubViews = {
  Placements: 'FABRIC_PLACEMENTS',
  Results: 'FABRIC_RESULTS',
  LeaderEvents: 'FABRIC_LEADER_EVENTS',
} as const;

const SOURCED: ReadonlyArray<{ view: string; from: string; maxBytes: number; description: string }> = [
  { view: HubViews.Placements, from: Streams.Placements, maxBytes: 1024 ** 3, description: 'Every cell\'s placement receipts (sourced)' },
  { view: HubViews.Results, from: Streams.Results, maxBytes: 1024 ** 3, description: 'Every cell\'s task results (sourced)' },
  { view: HubViews.LeaderEvents, from: Streams.LeaderEvents, maxBytes: 256 * 1024 ** 2, description: 'Every cell\'s leader changes (sourced)' },
];

const DAY_NS = 24 * 3600 * 1_000_000_000;

/**
 * Creates (or extends with new cells) the hub's views, on a connection to the hub. Each view sources
 * the stream of the same meaning in every cell's domain; the hub's `cm_datastate` bucket sources
 * every cell's rooms, so any room is readable fabric-wide (a mirror: writes stay in the home cell).
 */
export async function provisionHubViews(hubNc: NatsConnection, cellIds: readonly string[]): Promise<string[]> {
  const jsm = await jetstreamManager(hubNc);
  const done: string[] = [];
  for (const { view, from, maxBytes, description } of SOURCED) {
    const sources: StreamSource[] = cellIds.map((cell) => ({ name: from, domain: tok(cell, 'cellId') }));
    const config = { name: view, storage: StorageType.File, retention: RetentionPolicy.Limits, max_age: 7 * DAY_NS, max_bytes: maxBytes, discard: DiscardPolicy.Old, allow_direct: true, description, sources };
    const existing = await jsm.streams.info(view).catch(() => null);
    if (existing) await jsm.streams.update(view, { ...existing.config, sources: mergeSources(existing.config.sources ?? [], sources) });
    else await jsm.streams.add(config);
    done.push(view);
  }
  const kvm = new Kvm(hubNc);
  await kvm.create(Buckets.Datastate, { history: 1, max_bytes: 4 * 1024 ** 3, description: 'Every cell\'s rooms (sourced; written only in each room\'s home cell)', sources: cellIds.map((cell) => ({ name: Buckets.Datastate, domain: tok(cell, 'cellId') })) });
  done.push(`KV ${Buckets.Datastate}`);
  return done;
}

function mergeSources(current: readonly StreamSource[], wanted: readonly StreamSource[]): StreamSource[] {
  const key = (s: StreamSource) => `${s.name}@${s.external?.api ?? (s.domain ? `$JS.${s.domain}.API` : '')}`;
  const have = new Set(current.map(key));
  return [...current, ...wanted.filter((s) => !have.has(key(s)))];
}
