import { sumCountersByLabel } from './scrape';

describe('sumCountersByLabel', () => {
  it('sums a counter over nodes, by status, and ignores other metrics and comments', () => {
    const text = [
      '# HELP cellmesh_tasks_run_total Tasks executed on this node, by final status',
      '# TYPE cellmesh_tasks_run_total counter',
      'cellmesh_tasks_run_total{node="eu-1",status="succeeded"} 3',
      'cellmesh_tasks_run_total{node="eu-2",status="succeeded"} 4',
      'cellmesh_tasks_run_total{node="eu-2",status="failed"} 1',
      'cellmesh_tasks_placed_total{node="eu-1",profile="batch"} 8',
      'process_cpu_seconds_total 1.5',
    ].join('\n');
    expect(sumCountersByLabel(text, ['cellmesh_tasks_run_total'], 'status')).toEqual({ cellmesh_tasks_run_total: { succeeded: 7, failed: 1 } });
  });
});
