import { burstTransferMs, planBurstChunks } from './throughput';

describe('throughput burst', () => {
  it('splits a burst into bounded chunks that add up to it', () => {
    expect(planBurstChunks(40, 16)).toEqual([16, 16, 8]);
    expect(planBurstChunks(32, 16)).toEqual([16, 16]);
    expect(planBurstChunks(256 * 1024, 16 * 1024)).toHaveLength(16);
  });

  it('takes one round trip off the elapsed time, with a floor', () => {
    expect(burstTransferMs(101, 80, 0.5)).toBe(21);
    expect(burstTransferMs(80.2, 80, 0.5)).toBe(0.5);
    expect(burstTransferMs(3, null, 0.5)).toBe(3);
  });
});
