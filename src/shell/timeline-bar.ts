// The timeline under the network: drag back to any earlier week (or ahead) and the whole app
// shows that moment; play continues from there. Marks show reforms, the weeks the run can
// return to at once (checkpoints) and the user's bookmarks; bookmarks travel with the session.
import type { Frame } from '../engine/api';
import { REGIMES } from '../model/index';
import { h, throttle } from '../ui/dom';
import { tickLabel, startYearOf } from '../ui/format';
import type { Runner } from './runner';
import { notify } from './toasts';
import { errorText } from './text';

export interface TimelineBar {
  el: HTMLElement;
  bookmarks(): number[];
  setBookmarks(weeks: number[]): void;
}

export function mountTimeline(host: HTMLElement, runner: Runner): TimelineBar {
  let weeks = 52;
  let startYear = 0;
  let dragging = false;
  let marks: number[] = [];
  let saved: number[] = [];
  const range = h('input', {
    type: 'range',
    min: 0,
    max: weeks,
    step: 1,
    value: 0,
    class: 'qm-timeline-range',
    'data-testid': 'timeline-range',
    'aria-label': 'Week of the run: drag back to see an earlier moment',
  });
  const when = h('output', { class: 'qm-timeline-when', 'aria-live': 'off' });
  const track = h('div', { class: 'qm-timeline-marks', 'aria-hidden': 'true' });
  const bookmarkList = h('div', { class: 'qm-timeline-bookmarks', role: 'group', 'aria-label': 'Bookmarks' });
  const addBookmark = h('button', {
    type: 'button',
    'data-testid': 'bookmark',
    title: 'Bookmark this week (B) to come back to it',
    text: '☆ Bookmark',
    onclick: () => bookmark(),
  });
  const el = h(
    'div',
    { class: 'qm-timeline', 'data-testid': 'timeline' },
    h('div', { class: 'qm-timeline-slider' }, track, range),
    when,
    addBookmark,
    bookmarkList,
  );
  host.append(el);

  const label = (tick: number) => tickLabel(tick, startYear);
  const pct = (tick: number) => `${((100 * tick) / Math.max(1, weeks)).toFixed(3)}%`;

  // One seek at a time; while one runs, only the latest wish is kept.
  let wanted: number | null = null;
  let seeking = false;
  async function seek(week: number): Promise<void> {
    wanted = week;
    if (seeking) return;
    seeking = true;
    try {
      while (wanted !== null) {
        const w = wanted;
        wanted = null;
        await runner.seek(w);
      }
    } catch (e) {
      notify(`Could not go to that week: ${errorText(e)}`, 'error');
    } finally {
      seeking = false;
    }
    void refreshMarks();
  }

  range.addEventListener('input', () => {
    dragging = true;
    when.textContent = `${label(Number(range.value))} — release to go there`;
  });
  range.addEventListener('change', () => {
    dragging = false;
    void seek(Number(range.value));
  });

  function bookmark(): void {
    const f = runner.frame;
    if (!f || saved.includes(f.tick)) return;
    saved = [...saved, f.tick].sort((a, b) => a - b);
    drawBookmarks();
    notify(`Bookmarked ${label(f.tick)}`);
  }

  function drawBookmarks(): void {
    bookmarkList.replaceChildren(
      ...saved.map((t) =>
        h(
          'span',
          { class: 'qm-bookmark' },
          h('button', {
            type: 'button',
            class: 'qm-bookmark-go',
            'data-week': t,
            title: `Go back to ${label(t)}`,
            text: `★ ${label(t)}`,
            onclick: () => void seek(t),
          }),
          h('button', {
            type: 'button',
            class: 'qm-icon',
            'aria-label': `Remove the bookmark at ${label(t)}`,
            text: '×',
            onclick: () => {
              saved = saved.filter((x) => x !== t);
              drawBookmarks();
            },
          }),
        ),
      ),
    );
    drawMarks();
  }

  function drawMarks(): void {
    const f = runner.frame;
    const reforms = (f?.reforms ?? []).filter((r) => r.tick > 0);
    track.replaceChildren(
      ...marks.map((t) => h('span', { class: 'qm-mark qm-mark-checkpoint', css: { '--x': pct(t) } })),
      ...reforms.map((r) =>
        h('span', { class: 'qm-mark qm-mark-reform', css: { '--x': pct(r.tick) }, title: REGIMES[r.regime].label }),
      ),
      ...saved.map((t) => h('span', { class: 'qm-mark qm-mark-bookmark', css: { '--x': pct(t) } })),
    );
  }

  async function refreshMarks(): Promise<void> {
    try {
      marks = (await runner.api?.checkpointWeeks()) ?? marks;
    } catch {
      /* the run is being replaced: keep the old marks */
    }
    drawMarks();
  }
  const refreshSoon = throttle(() => void refreshMarks(), 2000);

  let lastYear = -1;
  runner.onFrame((f: Frame) => {
    const years = runner.scenario?.years ?? 1;
    if (years * 52 !== weeks || f.tick === 0) {
      weeks = years * 52;
      range.max = String(weeks);
      startYear = startYearOf(f);
    }
    if (!dragging) {
      range.value = String(f.tick);
      // A finished run stands at the week after its last; name the last, as the clock does.
      when.textContent = f.finished && f.tick > 0 ? `${label(f.tick - 1)} · end` : label(f.tick);
    }
    if (f.year !== lastYear) {
      lastYear = f.year;
      refreshSoon();
    }
  });
  runner.onSwap = chain(runner.onSwap, () => {
    saved = [];
    marks = [];
    drawBookmarks();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() !== 'b' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    bookmark();
  });

  return {
    el,
    bookmarks: () => saved.slice(),
    setBookmarks: (w) => {
      saved = [...new Set(w.filter((x) => Number.isInteger(x) && x >= 0))].sort((a, b) => a - b);
      drawBookmarks();
    },
  };
}

function chain(a: () => void, b: () => void): () => void {
  return () => {
    a();
    b();
  };
}
