import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../src/ui/undo';

interface Doc {
  title: string;
  tags: string[];
}
const start: Doc = { title: 'a', tags: [] };

describe('UndoStack', () => {
  it('returns each step with the state before and after, and labels for the next undo and redo', () => {
    const u = new UndoStack<Doc>(start);
    const s1 = u.edit('rename', (d) => {
      d.title = 'b';
    })!;
    expect(s1).toEqual({ label: 'rename', before: start, after: { title: 'b', tags: [] } });
    u.edit('tag', (d) => {
      d.tags.push('x');
    });
    expect(u.undoLabel).toBe('tag');
    expect(u.redoLabel).toBeNull();
    const back = u.undo()!;
    expect(back.label).toBe('tag');
    expect(back.before).toEqual({ title: 'b', tags: ['x'] });
    expect(back.after).toEqual({ title: 'b', tags: [] });
    expect(u.undoLabel).toBe('rename');
    expect(u.redoLabel).toBe('tag');
    expect(u.redo()!.after).toEqual({ title: 'b', tags: ['x'] });
  });

  it('never mutates a state it has handed out', () => {
    const u = new UndoStack<Doc>(start);
    u.edit('tag', (d) => {
      d.tags.push('x');
    });
    const seen = u.current;
    u.undo();
    u.redo();
    expect(seen).toEqual({ title: 'a', tags: ['x'] });
    expect(start).toEqual({ title: 'a', tags: [] });
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const u = new UndoStack<Doc>(start, 3);
    for (const t of ['b', 'c', 'd', 'e'])
      u.edit(t, (d) => {
        d.title = t;
      });
    let n = 0;
    while (u.undo()) n++;
    expect(n).toBe(3);
    expect(u.current.title).toBe('b');
  });

  it('starts afresh on reset, with nothing to undo or redo', () => {
    const u = new UndoStack<Doc>(start);
    u.edit('x', (d) => {
      d.title = 'x';
    });
    u.undo();
    u.reset({ title: 'other', tags: ['t'] });
    expect(u.current).toEqual({ title: 'other', tags: ['t'] });
    expect(u.canUndo || u.canRedo).toBe(false);
    expect(u.redo()).toBeNull();
  });
});
