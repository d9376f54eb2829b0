import { PolicyName, parsePolicyOverrides, resolvePolicy } from './policy';

describe('per-scope conflict policy', () => {
  const config = { default: PolicyName.LastWriterWins, byGame: { chess: PolicyName.RejectStale, doc: PolicyName.CrdtMerge }, byRoom: { 'chess/lobby': PolicyName.LastWriterWins } };
  it.each([
    ['shooter', 'r1', PolicyName.LastWriterWins],
    ['chess', 'r1', PolicyName.RejectStale],
    ['chess', 'lobby', PolicyName.LastWriterWins],
    ['doc', 'anything', PolicyName.CrdtMerge],
  ])('%s/%s → %s', (g, r, want) => expect(resolvePolicy(config, g, r)).toBe(want));

  it('parses the env form', () => {
    expect(parsePolicyOverrides('chess=reject-stale, doc=crdt-merge,chess/lobby=last-writer-wins')).toEqual({
      byGame: { chess: 'reject-stale', doc: 'crdt-merge' },
      byRoom: { 'chess/lobby': 'last-writer-wins' },
    });
    expect(parsePolicyOverrides('')).toEqual({ byGame: {}, byRoom: {} });
    expect(() => parsePolicyOverrides('chess=fastest')).toThrow(/bad policy entry "chess=fastest"/);
  });
});
