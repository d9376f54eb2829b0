import { TaskProfile, ResourceHint } from '@cellmesh/contracts';
import { buildTaskSubmit, checkSubmissionSize, InvalidTaskError } from './index';

const scope = { gameId: 'chess', roomId: 'room-1', taskId: 't-1' };

describe('buildTaskSubmit', () => {
  it('maps profile and hints to the wire enums and makes the deadline absolute', () => {
    const msg = buildTaskSubmit(scope, 'latencySensitive', ['gpuRequired', 'memoryHeavy'], { kind: 'render', vramMib: 2048, deadlineMs: 500, originNode: 'eu-1' }, 1000);
    expect(msg).toMatchObject({
      scope, profile: TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, hints: [ResourceHint.RESOURCE_HINT_GPU_REQUIRED, ResourceHint.RESOURCE_HINT_MEMORY_HEAVY],
      vramMib: 2048, deadlineMs: 1500, originNode: 'eu-1', kind: 'render', submittedAtMs: 1000,
    });
  });

  it('leaves deadline 0 (none) when not given', () => {
    expect(buildTaskSubmit(scope, 'batch', [], { kind: 'pathfind' }, 1000).deadlineMs).toBe(0);
  });

  it.each([
    [{ ...scope, roomId: 'room.1' }, 'batch', [], { kind: 'k' }, 'scope.roomId "room.1" must be 1-64 letters, digits, "-" or "_"'],
    [scope, 'fast', [], { kind: 'k' }, 'profile "fast" must be one of latencySensitive, throughput, batch'],
    [scope, 'batch', ['turbo'], { kind: 'k' }, 'hint "turbo" must be one of gpuRequired, cpuOnly, memoryHeavy'],
    [scope, 'batch', ['gpuRequired', 'cpuOnly'], { kind: 'k' }, 'hints gpuRequired and cpuOnly contradict each other'],
    [scope, 'batch', [], { kind: '' }, 'kind must be a non-empty name of at most 64 characters'],
    [scope, 'batch', [], { kind: 'k', vramMib: -1 }, 'vramMib must be a non-negative integer, got -1'],
    [scope, 'batch', [], { kind: 'k', originNode: 'a b' }, 'originNode "a b" is not a valid node id'],
  ])('rejects %j %s %j %j', (s, profile, hints, opts, message) => {
    const build = () => buildTaskSubmit(s, profile as never, hints as never, opts, 0);
    expect(build).toThrow(InvalidTaskError);
    expect(build).toThrow(message);
  });
});

describe('checkSubmissionSize: early validation against the server', () => {
  it.each([
    [1000, 1024 * 1024, true],
    [1024 * 1024 - 4096, 1024 * 1024, true],
    [1024 * 1024 - 4095, 1024 * 1024, false],
    [10 * 1024 * 1024, undefined, true],
  ])('%d bytes on a server with max_payload %s → accepted %s', (bytes, maxPayload, ok) => {
    const check = () => checkSubmissionSize(bytes, maxPayload, 't-1');
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(new InvalidTaskError(`task t-1: the submission is ${bytes} bytes, over the ${1024 * 1024 - 4096}-byte limit (the server's max_payload 1048576 less 4096 for the dispatch around it); put large inputs in DataState and pass a reference`));
  });
});
