import { renderMarkdown, formatNumber } from './format';

describe('bench table rendering', () => {
  it('renders a markdown table with notes', () => {
    const text = renderMarkdown({ title: 'T', columns: ['n', 'ratio'], rows: [[10, 1.23456], [1000, 0.5]], notes: ['ratio = a / b'] });
    expect(text).toBe(['### T', '', '| n | ratio |', '|---|---|', '| 10 | 1.23 |', '| 1000 | 0.500 |', '', '- ratio = a / b'].join('\n'));
  });

  it.each([
    [12345.6, '12346'],
    [42, '42'],
    [3.14159, '3.14'],
    [0.01234, '0.012'],
    [Infinity, 'Infinity'],
  ])('formats %p as %s', (n, s) => expect(formatNumber(n)).toBe(s));
});
