export { ConfigError } from './errors';
export { readConfig, readConfigOrExit } from './read-config';
export type { ConfigSpec } from './read-config';
export { str, optionalStr, int, num, bool, oneOf, durationMs, parseDurationMs, natsUrls, token, SUBJECT_TOKEN } from './readers';
export type { Env, Reader } from './readers';
export { securityConfig, natsSecurityOptions, SecurityVariables } from './security';
export type { SecurityConfig, NatsAuth, NatsTls, SecurityReaderOptions } from './security';
