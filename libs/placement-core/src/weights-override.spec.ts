import { DefaultWeights } from './weights';
import { WeightsFileError, describeWeightChanges, parseWeightsOverride } from './weights-override';

describe('parseWeightsOverride', () => {
  it('lays a partial override over the defaults: named weights change, the rest keep their value', () => {
    const table = parseWeightsOverride('{ "latencySensitive": { "rtt-to-origin": 2, "locality": 0 }, "batch": { "queue-depth": 1 } }');
    expect(table.latencySensitive).toEqual({ ...DefaultWeights.latencySensitive, 'rtt-to-origin': 2, locality: 0 });
    expect(table.batch).toEqual({ ...DefaultWeights.batch, 'queue-depth': 1 });
    expect(table.throughput).toBe(DefaultWeights.throughput);
    expect(describeWeightChanges(table)).toEqual([
      'latencySensitive.rtt-to-origin: 6 → 2',
      'latencySensitive.locality: 2 → 0',
      'batch.queue-depth: 3 → 1',
    ]);
    expect(describeWeightChanges(parseWeightsOverride('{}'))).toEqual([]);
  });

  it.each([
    ['{', /^invalid weights:\n {2}- not JSON/],
    ['[1]', /expected an object of profiles \(latencySensitive, throughput, batch\)/],
    ['{ "latency": {} }', /"latency" is not a task profile \(profiles: latencySensitive, throughput, batch\)/],
    ['{ "batch": 3 }', /batch: expected an object of scorer weights/],
    ['{ "batch": { "rtt": 1 } }', /batch\.rtt: not a scorer \(scorers: rtt-to-origin, jitter-loss, free-capacity, queue-depth, bandwidth, gpu-hub-affinity, cluster-leader, locality, peer-health\)/],
    ['{ "batch": { "bandwidth": -1 } }', /batch\.bandwidth: expected a number in \[0, 1000\], got -1/],
    ['{ "batch": { "bandwidth": "2" } }', /batch\.bandwidth: expected a number in \[0, 1000\], got "2"/],
    ['{ "batch": { "rtt-to-origin": 0, "queue-depth": 0, "free-capacity": 0, "bandwidth": 0, "gpu-hub-affinity": 0, "cluster-leader": 0, "peer-health": 0 } }', /batch: every weight is 0/],
  ])('rejects %s with a message naming the field', (text, message) => {
    expect(() => parseWeightsOverride(text)).toThrow(WeightsFileError);
    expect(() => parseWeightsOverride(text)).toThrow(message);
  });

  it('lists every problem at once', () => {
    try {
      parseWeightsOverride({ batch: { rtt: 1, bandwidth: -2 }, fast: {} });
      throw new Error('expected a WeightsFileError');
    } catch (err) {
      expect((err as WeightsFileError).problems).toHaveLength(3);
    }
  });
});
