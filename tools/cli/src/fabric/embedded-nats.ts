import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { guardChildProcess } from './processes';

export interface NatsEndpoint {
  url: string;
  /** True when this process started the server (and must stop it). */
  embedded: boolean;
  version?: string;
  stop(): Promise<void>;
}

/**
 * max_payload of the servers `up` starts: the KV value limit of cm_datastate, so a room up to its
 * documented bound fits one message (larger snapshots go to the object store; docs/datastate.md).
 */
export const FABRIC_MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;

/** How long `up` waits for a server at NATS_URL before it gives up with an error. */
export const NATS_URL_CONNECT_TIMEOUT_MS = 5000;

/**
 * Uses NATS_URL when given (failing fast, with the reason, when nothing answers there); otherwise starts a
 * local `nats-server -js` on a free port with a temp store (the same launcher the integration tests use),
 * removed again on stop. The embedded server runs in its own session, so a terminal's Ctrl-C reaches only
 * this process, which stops it last; it is killed on every other exit path of this process.
 */
export async function resolveNats(natsUrl: string | undefined): Promise<NatsEndpoint> {
  if (natsUrl) {
    await assertReachable(natsUrl);
    return { url: natsUrl, embedded: false, stop: async () => undefined };
  }
  const wrapper = ownSessionLauncher();
  const server: RunningNatsServer = await startNatsServer({ jetstream: true, extraConfig: `max_payload: ${FABRIC_MAX_PAYLOAD_BYTES}`, ...(wrapper ? { binary: wrapper.binary } : {}) });
  const release = guardChildProcess(server.pid, 'embedded nats-server');
  return {
    url: server.url, embedded: true, version: server.version,
    async stop() {
      await server.stop({ removeStore: true });
      release();
      wrapper?.remove();
    },
  };
}

async function assertReachable(natsUrl: string): Promise<void> {
  try {
    const nc = await connect({ servers: natsUrl.split(','), timeout: NATS_URL_CONNECT_TIMEOUT_MS, maxReconnectAttempts: 0, name: 'cellmesh-up-probe' });
    await nc.close();
  } catch (err) {
    throw new Error(`NATS_URL=${natsUrl}: no NATS server answered within ${NATS_URL_CONNECT_TIMEOUT_MS / 1000} s (${(err as Error).message}); start one there, or unset NATS_URL and up starts its own`);
  }
}

/** A `nats-server` launcher that execs it in a session of its own (setsid), or undefined where setsid is missing. */
function ownSessionLauncher(): { binary: string; remove(): void } | undefined {
  try {
    execFileSync('setsid', ['--version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-nats-launch-'));
  const binary = join(dir, 'nats-server');
  writeFileSync(binary, '#!/bin/sh\nexec setsid nats-server "$@"\n');
  chmodSync(binary, 0o755);
  return { binary, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
