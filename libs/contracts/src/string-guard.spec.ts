import * as protobuf from 'protobufjs';
import descriptor from './generated/cellmesh.json';
import { codecs, ContractError, TaskProfile } from './index';
import { findOversizedString, isIdField, MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './string-guard';

const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
/** Encodes without the codec's verify step, as a hostile or buggy publisher could. */
const raw = (name: string, value: Record<string, unknown>) => {
  const type = root.lookupType(`cellmesh.v1.${name}`);
  return type.encode(type.fromObject(value)).finish();
};

describe('string bounds on decode', () => {
  it('accepts ids and text up to their limits', () => {
    const id = 'n'.repeat(MAX_ID_LENGTH);
    const decoded = codecs.DeadLetter.decode(raw('DeadLetter', { service: 's', nodeId: id, errorMessage: 'e'.repeat(MAX_TEXT_LENGTH) }));
    expect(decoded.nodeId).toBe(id);
    expect(decoded.errorMessage).toHaveLength(MAX_TEXT_LENGTH);
  });

  it.each([
    ['an id one character too long', 'Scope', { gameId: 'g'.repeat(MAX_ID_LENGTH + 1) }, `gameId: string of ${MAX_ID_LENGTH + 1} characters exceeds the ${MAX_ID_LENGTH}-character limit`],
    ['a nested id', 'TaskSubmit', { scope: { gameId: 'g', roomId: 'r'.repeat(100), taskId: 't' }, kind: 'k', profile: TaskProfile.TASK_PROFILE_BATCH }, 'scope.roomId: string of 100 characters exceeds the 64-character limit'],
    ['an id in a repeated field', 'ClusterState', { clusterId: 'c', members: ['a', 'm'.repeat(65)] }, 'members: string of 65 characters exceeds the 64-character limit'],
    ['a text field over 64 KiB', 'DeadLetter', { errorMessage: 'e'.repeat(MAX_TEXT_LENGTH + 1) }, `errorMessage: string of ${MAX_TEXT_LENGTH + 1} characters exceeds the ${MAX_TEXT_LENGTH}-character limit`],
  ])('rejects %s with a ContractError naming the field', (_what, name, value, detail) => {
    const bytes = raw(name, value);
    const codec = codecs[name as keyof typeof codecs];
    expect(() => codec.decode(bytes)).toThrow(ContractError);
    expect(() => codec.decode(bytes)).toThrow(`cellmesh.v1.${name}: invalid message: ${detail}`);
  });

  it('classifies id-like fields by their proto name', () => {
    for (const id of ['game_id', 'origin_node', 'old_holder', 'holder', 'fallback_relay', 'members', 'close_peers']) expect(isIdField(id)).toBe(true);
    for (const text of ['error_message', 'detail', 'reason', 'key', 'kind', 'traceparent']) expect(isIdField(text)).toBe(false);
  });

  it('bounds every string field of every message on the bus', () => {
    // Walk the whole schema: each string field must get a finite bound (a new message cannot slip through).
    const offenders: string[] = [];
    for (const name of Object.keys(codecs)) {
      const type = root.lookupType(`cellmesh.v1.${name}`);
      for (const field of type.fieldsArray) {
        if (field.type !== 'string') continue;
        const value = field.repeated ? ['x'.repeat(MAX_TEXT_LENGTH + 1)] : 'x'.repeat(MAX_TEXT_LENGTH + 1);
        if (!findOversizedString(`cellmesh.v1.${name}`, { [field.name]: value })) offenders.push(`${name}.${field.name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
