import { replanOnNodeLoss } from './replan';
import { node, task } from '../test/fixtures';

describe('replanOnNodeLoss', () => {
  const inFlight = [
    { task: task({ taskId: 'late', deadlineMs: 900 }), nodeId: 'dead', attempt: 1, committed: false },
    { task: task({ taskId: 'gpu', deadlineMs: 500, vramMib: 100 }), nodeId: 'dead', gpuIndex: 1, attempt: 2, committed: false },
    { task: task({ taskId: 'done' }), nodeId: 'dead', gpuIndex: 0, attempt: 1, committed: true },
    { task: task({ taskId: 'tired' }), nodeId: 'dead', attempt: 3, committed: false },
    { task: task({ taskId: 'elsewhere' }), nodeId: 'alive', attempt: 1, committed: false },
  ];
  const r = replanOnNodeLoss('dead', inFlight, [node('dead'), node('alive')]);

  it('re-places uncommitted tasks of the dead node, earliest deadline first, with the next attempt', () => {
    expect(r.replace.map((x) => [x.task.scope.taskId, x.attempt, x.previousNode])).toEqual([
      ['gpu', 3, 'dead'],
      ['late', 2, 'dead'],
    ]);
  });
  it('never re-runs a committed task', () => {
    expect(r.committed.map((t) => t.task.scope.taskId)).toEqual(['done']);
  });
  it('gives up a task out of attempts', () => {
    expect(r.exhausted.map((t) => t.task.scope.taskId)).toEqual(['tired']);
  });
  it('releases every GPU reservation the dead node held', () => {
    expect(r.releases).toEqual([
      { taskId: 'gpu', nodeId: 'dead', gpuIndex: 1 },
      { taskId: 'done', nodeId: 'dead', gpuIndex: 0 },
    ]);
  });
  it('leaves the dead node out of the nodes to place on', () => {
    expect(r.nodes.map((n) => n.nodeId)).toEqual(['alive']);
  });
  it('does nothing for a node with no tasks', () => {
    expect(replanOnNodeLoss('idle', inFlight, []).replace).toEqual([]);
  });
});
