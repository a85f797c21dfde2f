// The classroom around the running app: presenter mode, the legend and other overlays kept
// clear when fitting, the network by keyboard, saving its picture, the speed achieved, the
// headlines default that follows the speed, and a shared link's parameter values shown as
// edited. main.ts calls it once the panels are up.
import type { NetworkView } from '../render/network';
import type { PanelsHandle } from '../ui/index';
import type { LegendHandle } from './legend';
import type { Runner } from './runner';
import type { Toolbar } from './toolbar';
import { insetsFor, overlayBoxes } from './overlay-insets';
import { mountNetworkKeys } from './network-keys';
import { mountPresenter, type Presenter } from './presenter';
import { networkExportButton } from './net-export';
import { achievedSpeed, fallsShort, speedWords } from './achieved-speed';
import { mountStory } from './story-host';
import { mountTour } from './tour';
import { annotate } from '../ui/glossary';
import type { RunControl } from './run-control';
import type { RunAddress } from './url';

export interface ClassroomParts {
  stage: HTMLElement;
  view: NetworkView;
  runner: Runner;
  toolbar: Toolbar;
  legend: LegendHandle;
  panels: PanelsHandle | null;
  control: RunControl;
  select: (i: number | null) => void;
}

export function mountClassroom(p: ClassroomParts, address: RunAddress): { presenter: Presenter } {
  const { stage, view, runner, toolbar, legend, panels } = p;
  view.insets = (content) => insetsFor(overlayBoxes(stage), stage.clientWidth, stage.clientHeight, 8, content);
  // An overlay opened or closed: fit again around it, unless the person has moved the view.
  const refit = (): void => {
    if (!view.camera.touched) view.fit(300);
  };
  // On a small screen the legend starts folded: it would cover most of the network.
  if (stage.clientWidth < 900 || stage.clientHeight < 620) legend.el.open = false;
  legend.onToggle(refit);
  new ResizeObserver(refit).observe(legend.el);
  mountNetworkKeys(stage, view, p.select);
  stage.querySelector('.zoom')?.append(networkExportButton(view, runner));

  const presenter = mountPresenter(view, legend.el, () => view.fit(300));
  presenter.onChange(() => panels?.rescale());
  toolbar.tools.append(presenter.button);
  mountTour(toolbar.tools);
  annotate(legend.el);

  // Headlines follow the speed chosen (unless the person chose).
  const syncSpeed = (): void => panels?.setSpeed(runner.speed);
  runner.onState(syncSpeed);
  syncSpeed();

  // The speed achieved, shown only while it falls short of the one chosen.
  setInterval(() => {
    const now = performance.now();
    const got = runner.playing ? achievedSpeed(runner.tickLog, now) : null;
    toolbar.showAchieved(
      runner.playing && fallsShort(runner.speed, got) ? `only ${speedWords(got!)} on this computer` : null,
    );
  }, 700);

  if (panels) {
    const story = mountStory(stage, runner, p.control, toolbar, panels, refit);
    new ResizeObserver(refit).observe(story.card);
    if (address.story !== null) void story.begin(address.story, address.chapter);
  }

  // A shared link's live parameter changes are what its run uses: the panel shows them.
  const params: Record<string, number> = {};
  for (const j of runner.journal) if (j.kind === 'param') params[j.id] = j.value;
  panels?.adoptParams(params);
  return { presenter };
}
