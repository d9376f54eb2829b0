// A delay relay as its own process (the netns test runs it inside a site's namespace), controlled on
// stdin: `delay <ms>`, `cut`, `heal`. Prints `listening <port>` once ready. EMULATED WAN link.
import { createInterface } from 'node:readline';
import { startDelayRelay } from './delay-relay';

async function main(): Promise<void> {
  const [listen, target, delay] = process.argv.slice(2);
  const [listenHost, listenPort] = (listen ?? '').split(':');
  const [targetHost, targetPort] = (target ?? '').split(':');
  if (!listenPort || !targetHost || !targetPort || delay === undefined) throw new Error('usage: relay-main <listenHost:port> <targetHost:port> <oneWayDelayMs>');
  const relay = await startDelayRelay({ host: listenHost, port: Number(listenPort), targetHost, targetPort: Number(targetPort), oneWayDelayMs: Number(delay) });
  process.stdout.write(`listening ${relay.port}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    const [verb, arg] = line.trim().split(/\s+/);
    if (verb === 'delay') relay.setDelay(Number(arg));
    else if (verb === 'cut') relay.cut();
    else if (verb === 'heal') relay.heal();
    process.stdout.write(`ok ${line.trim()}\n`);
  }
  await relay.close();
}

main().catch((err: Error) => {
  process.stderr.write(`relay: ${err.message}\n`);
  process.exit(1);
});
