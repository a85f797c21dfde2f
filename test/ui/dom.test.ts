import { describe, expect, it, vi } from 'vitest';
import { throttle } from '../../src/ui/dom';

describe('throttle', () => {
  it('runs a burst of calls once, later, then again after the interval', () => {
    vi.useFakeTimers();
    try {
      let n = 0;
      const t = throttle(() => {
        n++;
      }, 250);
      for (let i = 0; i < 100; i++) t();
      expect(n).toBe(0);
      vi.advanceTimersByTime(1);
      expect(n).toBe(1);
      t();
      t();
      vi.advanceTimersByTime(100);
      expect(n).toBe(1);
      vi.advanceTimersByTime(200);
      expect(n).toBe(2);
      t();
      t.cancel();
      vi.advanceTimersByTime(1000);
      expect(n).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
