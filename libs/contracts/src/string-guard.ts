import * as protobuf from 'protobufjs';
import descriptor from './generated/cellmesh.json';

/**
 * Bounds every string field of a decoded message: protobufjs decodes a string of any length the
 * payload holds. Identifiers (game, room, task, node, cluster ids and the like) are subject tokens
 * of at most MAX_ID_LENGTH characters; every other string is at most MAX_TEXT_LENGTH.
 * (docs/security.md: "Messages from the bus are untrusted".)
 */
export const MAX_ID_LENGTH = 64;
export const MAX_TEXT_LENGTH = 64 * 1024;

/**
 * A field is an identifier when its proto name ends in `_id`/`_node`/`_holder`/`_relay`, or is one
 * of the names below. Keep new id-like fields to these suffixes (a new spelling is bounded as text).
 */
const ID_SUFFIXES = ['_id', '_node', '_holder', '_relay'];
const ID_NAMES = new Set(['holder', 'close_peers', 'members', 'compute_heavy_members', 'rejected_by', 'service', 'plugin']);

const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);

export function isIdField(protoName: string): boolean {
  return ID_NAMES.has(protoName) || ID_SUFFIXES.some((s) => protoName.endsWith(s));
}

export function stringLimitOf(field: protobuf.Field): number {
  const protoName = (field as protobuf.Field & { protoName?: string }).protoName ?? snake(field.name);
  return isIdField(protoName) ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
}

/** Names the first string field longer than its bound, or null. */
export function findOversizedString(typeName: string, message: unknown): string | null {
  return check(root.lookupType(typeName), message, '');
}

function check(type: protobuf.Type, message: unknown, path: string): string | null {
  if (message === null || typeof message !== 'object') return null;
  const record = message as Record<string, unknown>;
  for (const field of type.fieldsArray) {
    const value = record[field.name];
    if (value === undefined || value === null) continue;
    field.resolve();
    const values = field.repeated && Array.isArray(value) ? value : [value];
    for (const item of values) {
      const where = path + field.name;
      if (field.type === 'string' && typeof item === 'string') {
        const limit = stringLimitOf(field);
        if (item.length > limit) return `${where}: string of ${item.length} characters exceeds the ${limit}-character limit`;
      } else if (field.resolvedType instanceof protobuf.Type) {
        const nested = check(field.resolvedType, item, `${where}.`);
        if (nested) return nested;
      }
    }
  }
  return null;
}

function snake(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
