import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NvidiaSmiParseError, parseNvidiaSmiCsv } from './index';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('parseNvidiaSmiCsv', () => {
  it('reads the real H100 capture', () => {
    expect(parseNvidiaSmiCsv(fixture('h100-x1.query.csv'))).toEqual([
      {
        index: 0,
        uuid: 'GPU-3be7cd5e-1754-dd25-3f5f-03adb8ca7e8d',
        name: 'NVIDIA H100 80GB HBM3',
        memoryTotalMib: 81559,
        memoryUsedMib: 0,
        utilizationPct: 0,
        emulated: false,
      },
    ]);
  });

  it('reads several GPUs, CRLF endings and blank lines', () => {
    const text = '0, GPU-a, NVIDIA A100-SXM4-80GB, 81920, 1024, 37\r\n\r\n1, GPU-b, NVIDIA A100-SXM4-80GB, 81920, 40960, 100\r\n';
    expect(parseNvidiaSmiCsv(text).map((g) => [g.index, g.uuid, g.memoryUsedMib, g.utilizationPct])).toEqual([
      [0, 'GPU-a', 1024, 37],
      [1, 'GPU-b', 40960, 100],
    ]);
  });

  it('reads fields the driver cannot report as 0 instead of failing the node', () => {
    const [gpu] = parseNvidiaSmiCsv('0, GPU-mig, NVIDIA H100 80GB HBM3, 81559, [N/A], [Not Supported]\n');
    expect(gpu.memoryUsedMib).toBe(0);
    expect(gpu.utilizationPct).toBe(0);
  });

  it('gives an empty inventory for empty output', () => {
    expect(parseNvidiaSmiCsv('')).toEqual([]);
    expect(parseNvidiaSmiCsv('\n  \n')).toEqual([]);
  });

  it.each([
    ['the human-readable table', fixture('h100-x1.nvidia-smi.txt'), /expected 6 comma-separated fields/],
    ['a missing column', '0, GPU-a, NVIDIA L4, 23034, 0\n', /expected 6 comma-separated fields, got 5/],
    ['a non-numeric index', 'x, GPU-a, NVIDIA L4, 23034, 0, 0\n', /index is not a non-negative integer/],
    ['a negative memory figure', '0, GPU-a, NVIDIA L4, -5, 0, 0\n', /memory.total is not a non-negative number/],
    ['an error message', 'NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver.\n', /expected 6/],
  ])('rejects %s with the line number', (_what, text, reason) => {
    expect(() => parseNvidiaSmiCsv(text)).toThrow(NvidiaSmiParseError);
    expect(() => parseNvidiaSmiCsv(text)).toThrow(reason);
  });
});
