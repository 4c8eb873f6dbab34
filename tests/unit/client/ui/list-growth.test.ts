// "Show more" appends: the list grows in place only when the new results are the old ones plus more.
import { appendedItems } from '../../../../client/src/ui/list-growth';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };

test('a page added to the end: only the new entries', () => {
  expect(appendedItems([a, b], [a, b, c])).toEqual([c]);
  expect(appendedItems([], [a])).toEqual([a]);
});

test('the same results: nothing to add, nothing to rebuild', () => {
  expect(appendedItems([a, b], [a, b])).toEqual([]);
});

test('another search, another order, fewer results or none shown yet: rebuild', () => {
  expect(appendedItems([a, b], [b, a, c])).toBeNull();
  expect(appendedItems([a, b], [{ id: 'a' }, b, c])).toBeNull(); // an equal-looking entry from a new answer is a new entry
  expect(appendedItems([a, b], [a])).toBeNull();
  expect(appendedItems(null, [a])).toBeNull();
  expect(appendedItems([a], null)).toBeNull();
});
