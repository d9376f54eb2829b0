/** Pure decisions of the metrics-collector: no NATS, no OpenTelemetry, no node:* I/O. */
export * from './degradation';
export * from './emulation';
export * from './load';
export * from './throughput';
export * from './peers';
export * from './cluster';
export * from './reasons';
export * from './traffic';
