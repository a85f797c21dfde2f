import { describe, expect, it } from 'vitest';
import { FeedBuffer } from '../../src/ui/feed-buffer';
import type { FeedItem, Tone } from '../../src/engine/api';

const item = (id: number, tone: Tone = 'info'): FeedItem => ({
  id,
  tick: id,
  type: 't',
  why: null,
  cause: null,
  text: `e${id}`,
  nodes: [id],
  tone,
});

describe('FeedBuffer', () => {
  it('keeps the newest items first and never more than its cap', () => {
    const b = new FeedBuffer(5);
    b.add([item(1), item(2), item(3)]);
    expect(b.flush()).toEqual({ added: [item(3), item(2), item(1)], dropped: 0, skipped: 0 });
    b.add([item(4), item(5), item(6), item(7)]);
    const f = b.flush();
    expect(f.added.map((x) => x.id)).toEqual([7, 6, 5, 4]);
    expect(f.dropped).toBe(2);
    expect(b.items.map((x) => x.id)).toEqual([7, 6, 5, 4, 3]);
  });

  it('ignores events it has already seen and bounds its queue between flushes', () => {
    const b = new FeedBuffer(3);
    b.add([item(1)]);
    b.add([item(1), item(2)]);
    for (let i = 3; i < 1000; i++) b.add([item(i, 'dispute')]);
    const f = b.flush();
    expect(f.added.map((x) => x.id)).toEqual([999, 998, 997]);
    expect(f.skipped).toBe(999 - 3);
    expect(b.counts().dispute).toBe(3);
    expect(b.flush()).toEqual({ added: [], dropped: 0, skipped: 0 });
  });

  it('adds at most maxAdd of the newest per flush and counts the rest as skipped', () => {
    const b = new FeedBuffer(10);
    b.add([1, 2, 3, 4, 5, 6].map((i) => item(i)));
    const f = b.flush(2);
    expect(f.added.map((x) => x.id)).toEqual([6, 5]);
    expect(f.skipped).toBe(4);
    expect(b.items.length).toBe(2);
  });

  it('clears on a new run so ids can start again', () => {
    const b = new FeedBuffer(3);
    b.add([item(5)]);
    b.flush();
    b.clear();
    b.add([item(0)]);
    expect(b.flush().added).toEqual([item(0)]);
  });
});

describe('FeedBuffer.rewind', () => {
  it('drops events after the week the run went back to, and takes them again as it replays', () => {
    const b = new FeedBuffer(10);
    b.add([item(1), item(2), item(3)]);
    b.flush();
    b.add([item(4)]);
    b.rewind(2);
    expect(b.items.map((i) => i.id)).toEqual([2, 1]);
    b.add([item(3), item(4)]);
    b.flush();
    expect(b.items.map((i) => i.id)).toEqual([4, 3, 2, 1]);
  });
});
