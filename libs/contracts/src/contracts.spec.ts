import { codecs, CodecName, ContractError, InitOf, TaskProfile, ResourceHint, PlacementOutcome, TaskStatus, LeaderChangeReason, ConflictPolicy } from './index';

const scope = { gameId: 'g1', roomId: 'r1', taskId: 't1' };
const coord = { vec: [1.5, -2.25], height: 3, error: 0.4 };
const fencing = { clusterId: 'c1', holder: 'n1', term: 7 };
const hlc = { wallMs: 1_700_000_000_000, logical: 2, nodeId: 'n1' };
const submit = {
  scope, profile: TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, hints: [ResourceHint.RESOURCE_HINT_GPU_REQUIRED],
  cpuMillis: 500, memoryMib: 256, vramMib: 2048, originNode: 'n2', deadlineMs: 1_700_000_001_000,
  kind: 'pathfind', payload: new Uint8Array([1, 2, 3]), submittedAtMs: 1_700_000_000_000, homeCell: 'ap-south', spilledBecause: 'vram-exceeds-largest-gpu',
};
const verdict = { nodeId: 'n3', feasible: true, scores: [{ plugin: 'rtt', raw: 12, normalized: 0.8, weight: 3 }], finalScore: 0.7 };
const receipt = {
  scope, outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: 'n3', gpuIndex: 0, rule: 'best-fit-peer',
  candidates: [verdict, { nodeId: 'n4', feasible: false, rejectedBy: 'capacity', reason: 'needs 4 cores, 1 free' }],
  profile: TaskProfile.TASK_PROFILE_THROUGHPUT, decidedAtMs: 5, decisionLatencyMs: 0.25, schedulerNode: 'n1', fencing, attempt: 1,
  traceId: 'abc', candidatesOmitted: 2,
};

// One filled sample per message type; the mapped type makes a new message without a sample a compile error.
const samples: { [N in CodecName]: InitOf<N> } = {
  Scope: scope,
  DeadLetter: { service: 'bus', originalSubject: 'task.submit.g.r', streamSeq: 9, deliveryCount: 3, errorName: 'ContractError', errorMessage: 'bad', traceparent: '00-x', payload: new Uint8Array([9]), failedAtMs: 4, nodeId: 'n1' },
  ErrorReply: { code: 'bad_request', message: 'nope' },
  NetCoord: coord,
  GpuDevice: { index: 1, uuid: 'GPU-1', name: 'H100', memoryTotalMib: 81559, memoryUsedMib: 500, utilizationPct: 40, emulated: true },
  DataStateUsage: { hotBytes: 1, warmBytes: 2, coldBytes: 3, commitBacklog: 4 },
  NodeMetrics: { nodeId: 'n1', site: 's1', sampledAtMs: 10, cpuCores: 8, cpuLoadPct: 12.5, memTotalBytes: 1e9, memUsedBytes: 5e8, queueDepth: 2, runningTasks: 1, gpus: [{ index: 0, uuid: 'u' }], datastate: { hotBytes: 5 }, coord, draining: true, uplinkMbps: 100, relayLoad: 3, clusterId: 'c1', emulated: true, startedAtMs: 1 },
  ProbeRequest: { fromNode: 'n1', seq: 3, sentAtMs: 100, padding: new Uint8Array(16), lastSeq: 2, lastRttMs: 1.25 },
  ProbeReply: { nodeId: 'n2', seq: 3, echoedSentAtMs: 100, coord, paddingBytes: 16 },
  PeerLink: { peerId: 'n2', rttMs: 4.5, jitterMs: 0.5, lossRatio: 0.01, throughputMbps: 900, samples: 10, measured: true, estimateError: 0.1, updatedAtMs: 5 },
  PeerTable: { nodeId: 'n1', coord, links: [{ peerId: 'n2', rttMs: 3 }], updatedAtMs: 6 },
  LoadReport: { nodeId: 'n1', source: 'cpu-worker', queueDepth: 4, runningTasks: 2, datastate: { commitBacklog: 1 }, reportedAtMs: 7 },
  MetricsQuery: { nodeId: 'n1', peerId: 'n2', clusterId: 'c1' },
  LocalMetrics: { node: { nodeId: 'n1', netRxBytesPerS: 10, netTxBytesPerS: 20 }, peers: { nodeId: 'n1', links: [{ peerId: 'n2', rttMs: 3, emulated: true, smoothedRttMs: 3.5 }] } },
  ClusterMetrics: { clusterId: 'c1', members: ['n1', 'n2'], membershipSource: 'topology', nodes: [{ nodeId: 'n1' }], missing: ['n2'], peerTables: [{ nodeId: 'n1' }], totalCpuCores: 8, meanCpuLoadPct: 10, memTotalBytes: 100, memUsedBytes: 50, queueDepth: 1, runningTasks: 2, gpuCount: 1, vramTotalMib: 80, vramFreeMib: 70, measuredLinks: 1, medianRttMs: 1, maxRttMs: 2, meanJitterMs: 0.1, maxLossRatio: 0.01, computedAtMs: 9, emulated: true },
  ClusterAnnounce: { nodeId: 'n1', clusterId: 'c1', round: 4, coord, acceptsComputeHeavy: true, fanoutLimit: 6, relayId: 'n9', parentId: 'n0', announcedAtMs: 8, site: 's1', clusterHops: 2, because: 'joined-smaller-cluster-id', emulated: true },
  CellSummary: { cellId: 'eu-west', schedulerNode: 'n1', term: 2, nodes: ['n1', 'n2'], nodeCount: 2, freeCores: 3.5, largestFreeVramMb: 40960, gpus: 2, publishedAtMs: 16 },
  NeighbourList: { nodeId: 'n1', clusterId: 'c1', closePeers: ['n2', 'n3'], fallbackRelay: 'n9', fanoutLimit: 4, parentId: 'n0', acceptsComputeHeavy: false, updatedAtMs: 9 },
  ClusterState: { clusterId: 'c1', members: ['n1', 'n2'], computeHeavyMembers: ['n2'], leaderId: 'n1', leaderTerm: 3, updatedAtMs: 10 },
  Lease: { clusterId: 'c1', holder: 'n1', term: 3, acquiredAtMs: 1, renewedAtMs: 2, expiresAtMs: 3, holderRank: 0.9 },
  LeaderChanged: { clusterId: 'c1', oldHolder: 'n1', newHolder: 'n2', term: 4, reason: LeaderChangeReason.LEADER_CHANGE_REASON_LEASE_EXPIRED, changedAtMs: 11, detail: 'missed 3 renewals' },
  FencingToken: fencing,
  TaskSubmit: submit,
  PluginScore: { plugin: 'rtt', raw: 1, normalized: 0.5, weight: 2 },
  CandidateVerdict: verdict,
  PlacementReceipt: receipt,
  SubmitAck: { taskId: 't1', accepted: true, receipt, error: '' },
  TaskDispatch: { task: submit, nodeId: 'n3', gpuIndex: 1, fencing, attempt: 2, dispatchedAtMs: 12 },
  TaskResult: { scope, nodeId: 'n3', status: TaskStatus.TASK_STATUS_SUCCEEDED, error: '', output: new Uint8Array([4]), durationMs: 3.5, gpuIndex: 0, gpuUuid: 'GPU-1', vramUsedMib: 100, emulated: true, finishedAtMs: 13, committedVersion: 2, kind: 'render' },
  RenderChunk: { scope, seq: 1, total: 3, data: new Uint8Array([5, 6]), contentType: 'image/png' },
  Hlc: hlc,
  KeyWrite: { key: 'unit/1', value: new Uint8Array([7]), delete: false },
  CommitDelta: { taskId: 't1', scope, baseVersion: 4, version: 1, writes: [{ key: 'k', value: new Uint8Array([1]) }], crdtUpdate: new Uint8Array([2]), hlc, fencing, nodeId: 'n3' },
  CommitAck: { taskId: 't1', version: 1, accepted: false, duplicate: true, reason: 'stale term', roomVersion: 5 },
  KeyValue: { key: 'k', value: new Uint8Array([3]), hlc, version: 2 },
  RoomState: { gameId: 'g1', roomId: 'r1', version: 5, entries: [{ key: 'k', value: new Uint8Array([3]), hlc, version: 2 }], crdtState: new Uint8Array([1]), updatedAtMs: 14, policy: ConflictPolicy.CONFLICT_POLICY_CRDT_MERGE, coldSeq: 99 },
  StateQuery: { gameId: 'g1', roomId: 'r1', atVersion: 3 },
  TaskVersions: { taskId: 't1', versions: [1, 2, 5] },
  HistoryEntry: { delta: { taskId: 't1', scope: { gameId: 'g1', roomId: 'r1', taskId: 't1' }, version: 2, writes: [{ key: 'k', value: new Uint8Array([1]) }] }, roomVersion: 7, commitSeq: 42, appliedAtMs: 15, committerNodeId: 'n1', policy: ConflictPolicy.CONFLICT_POLICY_LAST_WRITER_WINS },
};

/** Reads back from the decoded message exactly the fields the sample set (defaults live on the prototype). */
function project(sample: unknown, decoded: unknown): unknown {
  if (sample instanceof Uint8Array) return Array.from(decoded as Uint8Array);
  if (Array.isArray(sample)) return sample.map((item, i) => project(item, (decoded as unknown[])[i]));
  if (sample !== null && typeof sample === 'object') {
    return Object.fromEntries(Object.keys(sample).map((k) => [k, project((sample as Record<string, unknown>)[k], (decoded as Record<string, unknown>)[k])]));
  }
  return decoded;
}

function plain(value: unknown): unknown {
  return project(value, value);
}

describe('contracts round-trip', () => {
  it.each(Object.keys(codecs) as CodecName[])('%s encodes and decodes to the same value', (name) => {
    const codec = codecs[name] as unknown as { encode(m: unknown): Uint8Array; decode(b: Uint8Array): unknown };
    const bytes = codec.encode(samples[name]);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(project(samples[name], codec.decode(bytes))).toEqual(plain(samples[name]));
  });
});

describe('codec guards', () => {
  it('decodes absent 64-bit fields as the number 0, not a Long', () => {
    const decoded = codecs.NodeMetrics.decode(codecs.NodeMetrics.encode({ nodeId: 'n1' }));
    expect(typeof decoded.memTotalBytes).toBe('number');
    expect(decoded.memTotalBytes + decoded.sampledAtMs).toBe(0);
  });

  it('rejects a payload over the size bound before decoding', () => {
    const big = new Uint8Array(codecs.Scope.maxBytes + 1);
    expect(() => codecs.Scope.decode(big)).toThrow(/exceeds the 1048576-byte limit/);
  });

  it('rejects malformed bytes with a ContractError naming the type', () => {
    const garbage = new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(() => codecs.TaskSubmit.decode(garbage)).toThrow(ContractError);
    expect(() => codecs.TaskSubmit.decode(garbage)).toThrow(/cellmesh\.v1\.TaskSubmit: malformed protobuf/);
  });

  it('rejects an enum value the schema does not know', () => {
    // field 2 (profile), varint 42: not a TaskProfile.
    const unknownEnum = new Uint8Array([0x10, 42]);
    expect(() => codecs.TaskSubmit.decode(unknownEnum)).toThrow(/profile: unknown enum value 42 for TaskProfile/);
  });

  it('refuses to encode a message with a wrongly typed field', () => {
    expect(() => codecs.Scope.encode({ gameId: 5 as unknown as string })).toThrow(/gameId: string expected/);
  });
});
