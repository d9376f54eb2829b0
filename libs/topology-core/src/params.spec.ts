import { InvalidCaParamsError } from './errors';
import { DEFAULT_CA_PARAMS, compileCaParams } from './params';

describe('compileCaParams', () => {
  it('returns the defaults when nothing is overridden', () => {
    expect(compileCaParams()).toEqual(DEFAULT_CA_PARAMS);
  });

  it('merges overrides', () => {
    expect(compileCaParams({ candidateRttMs: 5 }).candidateRttMs).toBe(5);
  });

  it.each([
    { name: 'non-finite X', overrides: { candidateRttMs: NaN }, fields: ['candidateRttMs'] },
    { name: 'hysteresis of 1', overrides: { hysteresis: 1 }, fields: ['hysteresis'] },
    { name: 'fractional fan-out and negative bandwidth', overrides: { minFanout: 1.5, minCandidateBandwidthMbps: -1 }, fields: ['minCandidateBandwidthMbps', 'minFanout'] },
    { name: 'cap below X', overrides: { maxCandidateRttMs: 2 }, fields: ['candidateRttMs', 'maxCandidateRttMs'] },
    { name: 'floor above ceiling', overrides: { minFanout: 20 }, fields: ['minFanout', 'maxFanout'] },
    { name: 'calm above saturated', overrides: { calmUtilisation: 0.9 }, fields: ['calmUtilisation', 'saturatedUtilisation'] },
  ])('rejects $name, naming the fields', ({ overrides, fields }) => {
    let caught: unknown;
    try {
      compileCaParams(overrides);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidCaParamsError);
    expect((caught as InvalidCaParamsError).fields).toEqual(fields);
    expect((caught as InvalidCaParamsError).retryable).toBe(false);
  });
});
