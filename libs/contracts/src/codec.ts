import './numbers';
import { ContractError } from './errors';
import { findUnknownEnum } from './enum-guard';
import { findOversizedString } from './string-guard';

/** The generated static type shape protobufjs emits for each message. */
export interface GeneratedMessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  verify(message: { [k: string]: unknown }): string | null;
  fromObject(object: { [k: string]: unknown }): T;
  toObject(message: T, options?: { longs?: unknown; enums?: unknown; bytes?: unknown; defaults?: boolean }): { [k: string]: unknown };
}

/** Hard upper bound for any payload we decode: protobufjs has no size or depth limit of its own. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

export interface Codec<Props, Msg extends Props = Props> {
  readonly typeName: string;
  readonly maxBytes: number;
  encode(message: Props): Uint8Array;
  /** Decodes, bounding size first, rejecting unknown enum values and oversized strings; throws ContractError. */
  decode(bytes: Uint8Array): Msg;
}

export function codecFor<Props, Msg extends Props>(
  typeName: string,
  type: GeneratedMessageType<Msg> & { encode(message: Props): { finish(): Uint8Array } },
  maxBytes = DEFAULT_MAX_MESSAGE_BYTES,
): Codec<Props, Msg> {
  return {
    typeName,
    maxBytes,
    encode(message: Props): Uint8Array {
      const problem = type.verify(message as { [k: string]: unknown });
      if (problem) throw new ContractError(typeName, `cannot encode: ${problem}`);
      return type.encode(message).finish();
    },
    decode(bytes: Uint8Array): Msg {
      if (bytes.byteLength > maxBytes) {
        throw new ContractError(typeName, `payload of ${bytes.byteLength} bytes exceeds the ${maxBytes}-byte limit`);
      }
      let message: Msg;
      try {
        message = type.decode(bytes);
      } catch (err) {
        throw new ContractError(typeName, `malformed protobuf: ${(err as Error).message}`, err);
      }
      // verify() checks field types; findUnknownEnum rejects enum numbers outside the schema.
      const problem = type.verify(message as unknown as { [k: string]: unknown }) ?? findUnknownEnum(typeName, message) ?? findOversizedString(typeName, message);
      if (problem) throw new ContractError(typeName, `invalid message: ${problem}`);
      return message;
    },
  };
}
