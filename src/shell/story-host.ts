// Story mode's door onto the running app: where the run is, playing and pausing, stopping at
// a chapter's week, going to a week (the rewind, back or forward) and the address.
import type { PanelsHandle } from '../ui/index';
import { createStoryMode, type StoryMode } from '../ui/story-mode';
import { startYearOf } from '../ui/format';
import { h } from '../ui/dom';
import type { Runner } from './runner';
import type { RunControl } from './run-control';
import type { Toolbar } from './toolbar';
import { notify } from './toasts';
import { STORY_PRESETS, writeStoryAddress } from './url';

export function mountStory(
  stage: HTMLElement,
  runner: Runner,
  control: RunControl,
  toolbar: Toolbar,
  panels: PanelsHandle,
  refit: () => void,
): StoryMode & { begin(name: string | null, chapter: string | null): Promise<void> } {
  let storyName = '1';
  const stopListeners: ((w: number) => void)[] = [];
  runner.onStopWeek = (w) => stopListeners.forEach((cb) => cb(w));
  const story = createStoryMode(panels.editor, {
    frame: () => runner.frame,
    years: () => panels.years(),
    startYear: () => (runner.frame ? startYearOf(runner.frame) : 0),
    runWeeks: () => (runner.scenario?.years ?? 1) * 52,
    play: () => runner.play(),
    pause: () => runner.pause(),
    stopAt: (w) => runner.stopAt(w),
    onStop: (cb) => stopListeners.push(cb),
    onFrame: (cb) => runner.onFrame(cb),
    // The rewind goes back (from the nearest checkpoint) and forward alike.
    goTo: async (week) => {
      runner.pause();
      if (week === runner.tick) return;
      if (!(await runner.seek(week))) throw new Error('nothing is running');
    },
    showChapter: (id) => writeStoryAddress(id === null ? null : storyName, id),
    notify,
  });
  stage.append(story.card);
  const button = h(
    'button',
    {
      type: 'button',
      'data-testid': 'story',
      'aria-pressed': 'false',
      'aria-label': 'Story mode',
      title: 'Story mode: the run told as chapters, one per reform (← →, Page Up/Down)',
    },
    h('span', { 'aria-hidden': 'true', text: 'Story' }),
  );
  const sync = (): void => {
    button.setAttribute('aria-pressed', String(story.on()));
    refit();
  };
  button.addEventListener('click', () => {
    if (story.on()) {
      story.stop();
      sync();
      return;
    }
    void begin(null, null).then(sync);
  });
  toolbar.tools.prepend(button);

  /** Story mode on the running scenario, or on the history run when it has no story. */
  async function begin(name: string | null, chapter: string | null): Promise<void> {
    const preset = name ? STORY_PRESETS[name] : undefined;
    const has = (panels.editor.scenario.story?.length ?? 0) > 0;
    if ((preset && control.origin.presetId !== preset) || (!has && !preset)) {
      const id = preset ?? STORY_PRESETS.history;
      if (!(await control.choosePreset(id, {}))) return;
    }
    storyName = name ?? (control.origin.presetId === STORY_PRESETS.history ? 'history' : '1');
    await story.start(chapter);
  }
  return Object.assign(story, {
    begin: (name: string | null, chapter: string | null) => begin(name, chapter).then(sync),
  });
}
