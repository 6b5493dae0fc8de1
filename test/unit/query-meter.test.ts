import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryMeter } from '../../src/db/query-meter.js';

afterEach(() => vi.restoreAllMocks());

/** performance.now() answering the given times in turn. */
function clock(...times: number[]) {
  const now = vi.spyOn(performance, 'now');
  for (const t of times) now.mockReturnValueOnce(t);
}

describe('QueryMeter', () => {
  it('counts the wall time with a query in flight: overlapping queries once, gaps not at all', () => {
    const meter = new QueryMeter();
    // A: 10 → 30, B: 20 → 50 (overlaps A), C: 70 → 75 after a gap.
    clock(10, 50, 70, 75);
    meter.begin(); // A
    meter.begin(); // B
    meter.end(); // A
    meter.end(); // B
    meter.begin(); // C
    meter.end(); // C
    expect(meter.ms).toBe(45);
  });

  it('counts a query still in flight up to now', () => {
    const meter = new QueryMeter();
    clock(100, 112.5);
    meter.begin();
    expect(meter.ms).toBe(12.5);
  });
});
