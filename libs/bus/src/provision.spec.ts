import { TimeoutError, NoRespondersError } from '@nats-io/transport-node';
import { bucketSpecs, objectStoreSpecs, streamSpecs } from './provision';
import { isRetryableFailure } from './consume';
import { deadLetterMsgId } from './deadletter';
import { PermanentError, RetryableError } from './errors';

describe('bounded storage (docs/reliability.md)', () => {
  it.each(Object.entries(streamSpecs))('stream %s has max_bytes and max_age', (_name, spec) => {
    expect(spec.max_bytes).toBeGreaterThan(0);
    expect(spec.max_age).toBeGreaterThan(0);
  });
  it.each(Object.entries(bucketSpecs))('bucket %s has max_bytes and a history bound', (_name, spec) => {
    expect(spec.max_bytes).toBeGreaterThan(0);
    expect(spec.history).toBeGreaterThanOrEqual(1);
  });
  it.each(Object.entries(objectStoreSpecs))('object store %s has max_bytes', (_name, spec) => {
    expect(spec.max_bytes).toBeGreaterThan(0);
  });
  it('DEADLETTER is bounded per service subject too', () => {
    expect(streamSpecs.DEADLETTER.max_msgs_per_subject).toBeGreaterThan(0);
  });
});

describe('deadLetterMsgId', () => {
  const payload = new TextEncoder().encode('bad broadcast');
  it('is the same for every node that dead-letters one broadcast, and differs per input', () => {
    const a = deadLetterMsgId({ service: 'metrics-collector', originalSubject: 'metrics.node.x', payload });
    expect(deadLetterMsgId({ service: 'metrics-collector', originalSubject: 'metrics.node.x', payload: payload.slice() })).toBe(a);
    expect(deadLetterMsgId({ service: 'metrics-collector', originalSubject: 'metrics.node.y', payload })).not.toBe(a);
    expect(deadLetterMsgId({ service: 'metrics-collector', originalSubject: 'metrics.node.x', payload: new Uint8Array([1]) })).not.toBe(a);
  });
  it('names a stream message by its sequence', () => {
    expect(deadLetterMsgId({ service: 'cpu-worker', originalSubject: 'task.run.n1', payload, streamSeq: 42 })).toBe('cpu-worker:task.run.n1:seq:42');
  });
});

describe('isRetryableFailure', () => {
  it.each([
    ['a RetryableError', new RetryableError('x'), true],
    ['a PermanentError', new PermanentError('x'), false],
    ['a nats.js request timeout', new TimeoutError(), true],
    ['no responders (JetStream API while the server restarts)', new NoRespondersError('$JS.API.x'), true],
    ['a timeout as the cause of a wrapper', new Error('publish failed', { cause: new TimeoutError() }), true],
    ['a plain Error', new Error('boom'), false],
    ['a permanent wrapper around a timeout', new PermanentError('bad', 'x', { cause: new TimeoutError() }), false],
  ])('%s → %s', (_name, err, expected) => {
    expect(isRetryableFailure(err)).toBe(expected);
  });
});
