import * as protobuf from 'protobufjs/minimal';

// Timestamps and byte counts fit in a double (2^53); decode 64-bit fields as plain numbers, not Long.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
