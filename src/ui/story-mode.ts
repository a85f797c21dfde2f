// Story mode: the run told as chapters. The run pauses as it reaches each chapter's week and
// its card opens; → or Page Down goes to the next chapter, ← or Page Up to the previous
// (presentation remotes send these), Space plays on. Cards come from the scenario's `story`
// (the history preset has one); a facilitator edits a card or adds one, as an undoable edit
// that travels in the saved scenario file.
import type { Frame, StoryChapter, YearMetrics } from '../engine/api';
import type { ScenarioEditor } from './editor';
import { setStoryCardRecipe } from './scenario-edit';
import { cardForm, cardView, figuresSection, type CardActions } from './story-card';
import { storyFigures } from './story-figures';
import { h, isTyping, throttle } from './dom';
import { annotate } from './glossary';

/** What story mode needs of the running app (the shell provides it). */
export interface StoryHost {
  frame(): Frame | null;
  years(): readonly YearMetrics[];
  startYear(): number;
  runWeeks(): number;
  play(): void;
  pause(): void;
  /** Play stops at this week (null: no stop); `onStop` is told when it does. */
  stopAt(week: number | null): void;
  onStop(cb: (week: number) => void): void;
  onFrame(cb: (f: Frame) => void): void;
  /** Puts the run at a week: forward by running, back by rewinding or running again. */
  goTo(week: number): Promise<void>;
  /** The chapter shown, for the address (null: story mode off). */
  showChapter(id: string | null): void;
  notify(message: string, tone?: 'info' | 'error'): void;
}

export interface StoryMode {
  card: HTMLElement;
  on(): boolean;
  start(chapterId?: string | null): Promise<void>;
  stop(): void;
  next(): Promise<void>;
  prev(): Promise<void>;
  chapters(): StoryChapter[];
}

export function createStoryMode(editor: ScenarioEditor, host: StoryHost): StoryMode {
  let on = false;
  let current = -1;
  let editing = false;
  let busy = false;
  const card = h('aside', {
    class: 'story-card',
    'data-testid': 'story-card',
    'data-overlay': '',
    hidden: true,
    'aria-labelledby': 'story-title',
    role: 'region',
  });
  const chapters = (): StoryChapter[] => editor.scenario.story ?? [];
  const tick = (): number => host.frame()?.tick ?? 0;
  /** The chapter the run is in: the last one whose week it has reached. */
  const chapterAt = (t: number): number => {
    let k = -1;
    chapters().forEach((c, i) => {
      if (c.week <= t) k = i;
    });
    return k;
  };
  const armStop = (): void => {
    const next = chapters().find((c) => c.week > tick());
    host.stopAt(on && next ? next.week : null);
  };

  const actions: CardActions = {
    prev: () => void prev(),
    next: () => void next(),
    play: () => host.play(),
    close: () => stop(),
    edit: () => {
      editing = true;
      draw();
    },
    add: () => {
      const t = tick();
      const id = `card-${t}-${Date.now().toString(36).slice(-4)}`;
      editor.edit('Add a story card', setStoryCardRecipe({ id, week: t, title: 'New card', changed: '' }));
      current = chapters().findIndex((c) => c.id === id);
      editing = true;
      draw();
    },
    save: (c) => {
      editor.edit(`Story card “${c.title}”`, setStoryCardRecipe(c));
      editing = false;
      current = chapters().findIndex((x) => x.id === c.id);
      armStop();
      draw();
    },
    cancel: () => {
      editing = false;
      draw();
    },
  };

  function draw(): void {
    const list = chapters();
    card.hidden = !on;
    if (!on) return;
    const c = list[current];
    if (!c) {
      card.removeAttribute('data-chapter');
      card.replaceChildren(
        h('p', {
          text: list.length ? 'The story starts a little later in this run.' : 'This scenario has no story yet.',
        }),
        h(
          'div',
          { class: 'story-buttons' },
          h('button', {
            type: 'button',
            class: 'qm-btn',
            text: 'Add a card here',
            'data-testid': 'story-add',
            onclick: actions.add,
          }),
        ),
      );
      return;
    }
    card.dataset.chapter = c.id;
    const parts = editing
      ? cardForm(c, host.runWeeks(), actions)
      : cardView(
          c,
          { index: current, count: list.length, startYear: host.startYear() },
          storyFigures(host.years(), host.startYear()),
          actions,
        );
    card.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    if (!editing) for (const p of card.querySelectorAll<HTMLElement>('.story-changed, .story-watch')) annotate(p);
    host.showChapter(c.id);
  }
  // As the run moves, only the key numbers change (a focused glossary term keeps its focus).
  const redraw = throttle(() => {
    const old = card.querySelector('.story-figures');
    if (on && !editing && old) old.replaceWith(figuresSection(storyFigures(host.years(), host.startYear())));
  }, 1000);

  async function goToChapter(i: number): Promise<void> {
    const c = chapters()[i];
    if (!c || busy) return;
    busy = true;
    try {
      host.pause();
      editing = false;
      await host.goTo(c.week);
      current = i;
      armStop();
      draw();
    } catch (e) {
      host.notify(`The story could not go to “${c.title}”: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      busy = false;
    }
  }
  async function next(): Promise<void> {
    const i = chapterAt(tick());
    if (i + 1 < chapters().length) await goToChapter(i + 1);
  }
  async function prev(): Promise<void> {
    const i = chapterAt(tick());
    const c = chapters()[i];
    // Mid-chapter, ← goes back to the chapter's start; at its start, to the one before.
    await goToChapter(c && c.week < tick() ? i : Math.max(0, i - 1));
  }
  async function start(chapterId: string | null = null): Promise<void> {
    on = true;
    const list = chapters();
    const wanted = chapterId ? list.findIndex((c) => c.id === chapterId) : -1;
    if (wanted >= 0) return goToChapter(wanted);
    current = chapterAt(tick());
    // At a chapter's first week the run waits for the room to read its card.
    if (list[current]?.week === tick()) host.pause();
    armStop();
    draw();
  }
  function stop(): void {
    on = false;
    editing = false;
    host.stopAt(null);
    host.showChapter(null);
    draw();
  }

  host.onStop((week) => {
    if (!on) return;
    const i = chapters().findIndex((c) => c.week === week);
    if (i >= 0) current = i;
    armStop();
    draw();
  });
  host.onFrame((f) => {
    if (!on || busy) return;
    const i = chapterAt(f.tick);
    if (i !== current && !editing) {
      current = i;
      armStop();
      draw();
    } else redraw();
  });
  editor.onChange(() => {
    if (on && !editing) {
      armStop();
      draw();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (!on || editing || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const t = e.target as HTMLElement | null;
    // The network's arrows move between organisations; a tab list's between tabs.
    const arrowsTaken = !!t?.closest?.('[data-testid=network], [role=tablist], [role=tab]');
    const forward = e.key === 'PageDown' || (e.key === 'ArrowRight' && !arrowsTaken);
    const back = e.key === 'PageUp' || (e.key === 'ArrowLeft' && !arrowsTaken);
    if (forward || back) {
      e.preventDefault();
      void (forward ? next() : prev());
    }
  });
  return { card, on: () => on, start, stop, next, prev, chapters };
}
