import type { NatsConnection } from '@nats-io/transport-node';
import type { Tracer } from '@opentelemetry/api';
import type { Logger } from '@cellmesh/bus';

/** Time comes from here so tests and the simulator can control it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** What every service's start function receives; main.ts (or the fabric) builds it. */
export interface ServiceDeps {
  nc: NatsConnection;
  nodeId: string;
  logger: Logger;
  tracer: Tracer;
  clock: Clock;
}
