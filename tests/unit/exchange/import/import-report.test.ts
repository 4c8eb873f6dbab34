// The report's lists of rows are short ranges (2, 5, 9-12) that name exactly the rows given.
import fc from 'fast-check';
import { rowRanges } from '../../../../server/exchange/import/import-report';

const expand = (ranges: string) =>
  ranges === ''
    ? []
    : ranges.split(', ').flatMap((part) => {
        const [from, to = from] = part.split('-').map(Number) as [number, number?];
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });

test('consecutive rows are joined, others listed', () => {
  expect(rowRanges([12, 9, 10, 2, 11, 5])).toBe('2, 5, 9-12');
  expect(rowRanges([7])).toBe('7');
});

test('the ranges name every row given and no other, in order', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 500 })), (rows) => {
      expect(expand(rowRanges(rows))).toEqual([...new Set(rows)].sort((a, b) => a - b));
    }),
  );
});
