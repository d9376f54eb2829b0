export { startNatsServer, natsServerVersion, NatsServerMissingError } from './nats-server';
export type { NatsServerOptions, RunningNatsServer } from './nats-server';
export { waitFor } from './wait-for';
