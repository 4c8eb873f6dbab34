// A replica's lag from WAL positions (server/db/replica-lag.ts): the age of the oldest primary position it has not
// replayed. Zero on an idle primary however long it idles, which a replay-timestamp lag would not be.
import fc from 'fast-check';
import { WalHistory } from '../../../server/db/replica-lag';

test('an idle primary: a replica that replayed its position has no lag however much time passes', () => {
  const history = new WalHistory(60_000);
  for (let t = 0; t <= 600_000; t += 1000) history.add({ at: t, position: 5000n });
  expect(history.lagMs(5000n, 600_000)).toBe(0);
});

test('replay paused: the lag is the age of the first position the replica lacks, and grows with time', () => {
  const history = new WalHistory(60_000);
  history.add({ at: 0, position: 100n });
  history.add({ at: 1000, position: 100n });
  history.add({ at: 2000, position: 900n }); // a write between the 1 s and 2 s checks
  history.add({ at: 3000, position: 900n });
  expect(history.lagMs(100n, 3000)).toBe(1000);
  expect(history.lagMs(100n, 7000)).toBe(5000);
  expect(history.lagMs(900n, 7000)).toBe(0);
});

test('a replica behind every sample kept still shows a lag of at least the time kept', () => {
  const history = new WalHistory(10_000);
  for (let t = 0; t <= 100_000; t += 1000) history.add({ at: t, position: BigInt(t + 1) });
  expect(history.lagMs(0n, 100_000)).toBeGreaterThanOrEqual(10_000);
});

test('for any history: lag is 0 when the replica has everything, never negative, and never less for less replayed', () => {
  fc.assert(
    fc.property(
      fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }),
      fc.nat(60_000),
      fc.bigInt(0n, 60_000n),
      fc.bigInt(0n, 60_000n),
      (gaps, extra, a, b) => {
        const history = new WalHistory(20_000);
        let at = 0;
        let position = 0n;
        for (const gap of gaps) {
          at += 1000;
          position += BigInt(gap); // the primary's position never goes back
          history.add({ at, position });
        }
        const now = at + extra;
        expect(history.lagMs(position, now)).toBe(0);
        const [less, more] = a < b ? [a, b] : [b, a];
        expect(history.lagMs(less, now)).toBeGreaterThanOrEqual(history.lagMs(more, now));
        expect(history.lagMs(less, now)).toBeGreaterThanOrEqual(0);
      },
    ),
  );
});
