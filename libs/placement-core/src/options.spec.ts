import { DEFAULT_PLACEMENT_OPTIONS, InvalidPlacementOptionsError, compilePlacementOptions, vramSafetyMarginFor } from './options';

describe('compilePlacementOptions', () => {
  it('fills defaults and keeps what is given', () => {
    expect(compilePlacementOptions()).toEqual(DEFAULT_PLACEMENT_OPTIONS);
    expect(compilePlacementOptions({ localPreferenceMargin: 0 }).localPreferenceMargin).toBe(0);
  });
  it('names every bad field', () => {
    try {
      compilePlacementOptions({ heartbeatStaleMs: -1, lossPenaltyMs: NaN, memoryHeavyFactor: 0.5 });
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidPlacementOptionsError);
      expect((err as InvalidPlacementOptionsError).fields).toEqual(['heartbeatStaleMs', 'lossPenaltyMs', 'memoryHeavyFactor']);
      expect((err as InvalidPlacementOptionsError).retryable).toBe(false);
    }
  });
  it('keeps the larger of the fixed and proportional VRAM margin', () => {
    expect(vramSafetyMarginFor(4_096, DEFAULT_PLACEMENT_OPTIONS)).toBe(256);
    expect(vramSafetyMarginFor(81_920, DEFAULT_PLACEMENT_OPTIONS)).toBe(4_096);
  });
});
