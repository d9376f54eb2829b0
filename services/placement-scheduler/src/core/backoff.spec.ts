import { DefaultBackoffOptions as O, HEALTHY, backoffMs, dispatchOverheadMs, medianLoss, observeHealth, peerHealthScore, slowReasonOf, type HealthSample, type PeerHealth } from './backoff';
import { Fleet } from './fleet';
import { heartbeatFromMetrics } from './heartbeat';
import { InputRejectionLog } from './rejections';

const NOW = 1_000_000;

describe('slow-peer backoff (pure)', () => {
  it.each([
    { sample: { kind: 'dispatch-overhead', ms: 50 }, want: undefined },
    { sample: { kind: 'dispatch-overhead', ms: O.slowDispatchOverheadMs }, want: undefined },
    { sample: { kind: 'dispatch-overhead', ms: O.slowDispatchOverheadMs + 1 }, want: 'slow-dispatch' },
    { sample: { kind: 'probe-loss', ratio: 0.05 }, want: undefined },
    { sample: { kind: 'probe-loss', ratio: 0.5 }, want: 'probe-loss' },
  ] as { sample: HealthSample; want: string | undefined }[])('$sample is slow: $want', ({ sample, want }) => {
    expect(slowReasonOf(sample)).toBe(want);
  });

  it.each([
    [0, 0.5, 0],
    [1, 0.5, 1_000],
    [2, 0.5, 2_000],
    [3, 0.5, 4_000],
    [10, 0.5, 30_000],
    [1, 0, 800],
    [1, 0.999999, 1_200],
  ])('strikes %d, rand %d: backoff %d ms (base·2^(n−1), capped, ±20%% jitter)', (strikes, rand, want) => {
    expect(backoffMs(strikes, rand)).toBe(want);
  });

  it('backs off on slow samples, takes a strike away on good ones, and recovers fully', () => {
    const slow: HealthSample = { kind: 'dispatch-overhead', ms: 5_000 };
    const good: HealthSample = { kind: 'dispatch-overhead', ms: 10 };
    const trail: PeerHealth[] = [];
    let h = HEALTHY;
    for (const [s, t] of [[slow, 0], [slow, 100], [good, 5_000], [good, 6_000]] as const) trail.push((h = observeHealth(h, s, NOW + t, 0.5)));
    expect(trail.map((x) => [x.strikes, x.backoffUntilMs - NOW, peerHealthScore(x)])).toEqual([
      [1, 1_000, 0.5],
      [2, 2_100, 1 / 3],
      [1, 2_100, 0.5],
      [0, 2_100, 1],
    ]);
    expect(trail[1].lastSlowReason).toBe('slow-dispatch');
  });

  it('caps strikes, so the health has a floor and the backoff the cap', () => {
    let h = HEALTHY;
    for (let i = 0; i < 20; i++) h = observeHealth(h, { kind: 'probe-loss', ratio: 1 }, NOW, 0.5);
    expect(h.strikes).toBe(O.maxStrikes);
    expect(h.backoffUntilMs).toBe(NOW + O.maxMs);
  });

  it.each([
    [{ nodeId: 'a', dispatchedAtMs: NOW - 1_500 }, { nodeId: 'a', durationMs: 1_000 }, 500],
    [{ nodeId: 'a', dispatchedAtMs: NOW - 100 }, { nodeId: 'a', durationMs: 1_000 }, 0],
    [{ nodeId: 'a', dispatchedAtMs: NOW - 1_500 }, { nodeId: 'b', durationMs: 1_000 }, undefined],
    [{ nodeId: 'a', dispatchedAtMs: 0 }, { nodeId: 'a', durationMs: 1_000 }, undefined],
    [{ nodeId: 'a', dispatchedAtMs: NOW - 1_500 }, { nodeId: 'a', durationMs: 0 }, undefined],
  ])('dispatch overhead of %j with result %j is %j', (dispatch, result, want) => {
    expect(dispatchOverheadMs(dispatch, result, NOW)).toBe(want);
  });

  it.each([
    [[], undefined],
    [[0.3], 0.3],
    [[0, 0.5, 1], 0.5],
    [[0, 0.2, 0.4, 1], 0.30000000000000004],
  ])('median loss of %j is %j', (losses, want) => {
    expect(medianLoss(losses)).toBe(want);
  });
});

describe('Fleet: backoff, identity refusals, bounds, isolated compute', () => {
  const fleetOf = (ids: string[], maxNodes?: number, seen = (i: number) => NOW + i) => {
    const fleet = new Fleet({ gpuSlotsPerGpu: 1, assumedMemoryMibPerCore: 1_024, maxNodes });
    ids.forEach((id, i) => fleet.observeHeartbeat(heartbeatFromMetrics({ nodeId: id, cpuCores: 4, refusesIsolatedCompute: id === 'guarded' })!, seen(i)));
    return fleet;
  };

  it('puts a slow peer\'s backoff and health into its view, and clears them as it recovers', () => {
    const fleet = fleetOf(['a', 'b']);
    fleet.observeHealthSample('b', { kind: 'dispatch-overhead', ms: 9_000 }, NOW, 0.5);
    const b = () => fleet.viewsFrom('a', new Map()).find((v) => v.nodeId === 'b')!;
    expect(b()).toMatchObject({ backoffUntilMs: NOW + 1_000, peerHealth: 0.5 });
    fleet.observeHealthSample('b', { kind: 'dispatch-overhead', ms: 10 }, NOW + 2_000, 0.5);
    expect(b()).toMatchObject({ backoffUntilMs: 0, peerHealth: 1 });
  });

  it('backs off a node whose probes most observers lose (median over observers)', () => {
    const fleet = fleetOf(['a', 'b', 'c', 'lossy']);
    const link = (peerId: string, lossRatio: number) => ({ peerId, rttMs: 5, lossRatio, measured: true });
    fleet.observePeerTable({ nodeId: 'a', links: [link('lossy', 0.6), link('b', 0)] });
    fleet.observePeerTable({ nodeId: 'b', links: [link('lossy', 0.5), link('a', 0)] });
    fleet.observePeerTable({ nodeId: 'c', links: [link('lossy', 0), link('a', 0.9), link('b', 0)] });
    fleet.observePeerTable({ nodeId: 'lossy', links: [link('a', 0)] });
    fleet.assessProbeLoss(NOW, () => 0.5, 1_000);
    fleet.assessProbeLoss(NOW + 10, () => 0.5, 1_000); // within the interval: no second sample
    expect(['a', 'b', 'lossy'].map((n) => fleet.healthOf(n).strikes)).toEqual([0, 0, 1]);
    expect(fleet.healthOf('lossy').lastSlowReason).toBe('probe-loss');
  });

  it('counts identity refusals by reason and allows one log line per reason per interval', () => {
    const log = new InputRejectionLog();
    expect([log.reject('identity-differs-from-subject', NOW), log.reject('identity-differs-from-subject', NOW + 1), log.reject('identity-missing-id', NOW + 2), log.reject('identity-differs-from-subject', NOW + 10_001)]).toEqual([true, false, true, true]);
    expect(log.snapshot()).toEqual({ byReason: { 'identity-differs-from-subject': 3, 'identity-missing-id': 1 }, total: 4 });
  });

  it('stays within maxNodes by evicting the least recently heard node', () => {
    const fleet = fleetOf(['a', 'b', 'c'], 2, (i) => [NOW + 5, NOW, NOW + 9][i]);
    expect(fleet.nodeIds()).toEqual(['a', 'c']);
  });

  it('takes cpuOnly work unless the node\'s operator refuses it; GPU hub is a separate mark', () => {
    const fleet = fleetOf(['plain', 'guarded']);
    expect(fleet.viewsFrom('plain', new Map()).map((v) => [v.nodeId, v.acceptsComputeHeavy, v.isGpuHub])).toEqual([['plain', true, false], ['guarded', false, false]]);
  });
});
