import * as protobuf from 'protobufjs';
import descriptor from './generated/cellmesh.json';

/**
 * protobufjs keeps enum numbers it does not know (verify() only checks they are integers).
 * This walks a decoded message with the schema's reflection and names the first unknown enum value.
 */
const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);

export function findUnknownEnum(typeName: string, message: unknown): string | null {
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
      if (field.resolvedType instanceof protobuf.Enum) {
        if (!(Number(item) in field.resolvedType.valuesById)) return `${where}: unknown enum value ${String(item)} for ${field.resolvedType.name}`;
      } else if (field.resolvedType instanceof protobuf.Type) {
        const nested = check(field.resolvedType, item, `${where}.`);
        if (nested) return nested;
      }
    }
  }
  return null;
}
