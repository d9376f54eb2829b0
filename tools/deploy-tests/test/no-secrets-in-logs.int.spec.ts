/**
 * A seed or password pasted into the wrong variable is never echoed: the real service process
 * refuses to start (exit 78) with one line that names the variable and describes, not shows, the value.
 */
import { nkeys } from '@nats-io/transport-node';
import { spawnServiceMain } from '@cellmesh/testing';
import { serviceMain } from './secure-fabric';

const seed = new TextDecoder().decode(nkeys.createUser().getSeed());

describe('no secret in logs or error messages', () => {
  it.each([
    ['NATS_URL', { NATS_URL: seed, CELLMESH_NODE_ID: 'n1' }],
    ['CELLMESH_NODE_ID', { NATS_URL: 'nats://127.0.0.1:1', CELLMESH_NODE_ID: seed }],
    ['NATS_NKEY_SEED_FILE', { NATS_URL: 'nats://127.0.0.1:1', CELLMESH_NODE_ID: 'n1', CELLMESH_SECURITY: 'on', NATS_NKEY_SEED_FILE: seed }],
  ])('a seed in %s is refused without being echoed', async (variable, env) => {
    const run = spawnServiceMain(serviceMain('cpu-worker'), env);
    expect(await run.exited).toBe(78);
    const out = run.stdout() + run.stderr();
    expect(out).toContain(`${variable}=<redacted: looks like an nkey seed`);
    expect(out).not.toContain(seed.slice(2, 30));
  }, 30_000);

  it('a password is never echoed, even when it is the wrong one', async () => {
    const run = spawnServiceMain(serviceMain('cpu-worker'), { NATS_URL: 'nats://127.0.0.1:1', CELLMESH_NODE_ID: 'n1', CELLMESH_SECURITY: 'on', NATS_PASSWORD: 'correct-horse-battery' });
    expect(await run.exited).toBe(78);
    expect(run.stdout() + run.stderr()).not.toContain('correct-horse-battery');
  }, 30_000);
});
