// The toolbar: run controls, speed, seed, scale, scenario preset, "reform now", the current
// regime and the simulated date. Every control is a native element, so it is reachable by
// keyboard, and carries a data-testid for the browser tests.
import type { Frame } from '../engine/api';
import { MAX_SEED, REGIME_IDS, REGIMES, SCALE_IDS, SCALES, type RegimeId, type ScaleId } from '../model/index';
import { SPEEDS, type Runner } from './runner';
import { parseWholeIn } from '../engine/numbers';
import { notify } from './toasts';
import { quoted } from './text';
import type { Preset } from './presets';
import { h } from '../ui/dom';

export interface ToolbarActions {
  choosePreset(id: string): void;
  chooseScale(scale: ScaleId): void;
  chooseSeed(seed: number): void;
  reset(): void;
  reform(regime: RegimeId): void;
}

/**
 * A toolbar button: an icon, and words that narrow windows hide (the name keeps them). An icon
 * that is text ("+1 wk") starts the name, so people who speak to their computer can say it.
 */
function tool(testid: string, icon: string, words: string, title: string): HTMLButtonElement {
  // An icon in words ("+1 wk") says enough on its own; a symbol gets its words beside it.
  const spoken = /[a-z0-9]/i.test(icon);
  return h(
    'button',
    { type: 'button', 'data-testid': testid, title, 'aria-label': spoken ? `${icon}: ${words}` : words },
    h('span', { 'aria-hidden': 'true', text: icon }),
    spoken ? null : h('span', { class: 'tb-words', 'aria-hidden': 'true', text: ` ${words}` }),
  );
}

export class Toolbar {
  readonly play = tool('play', '▶', 'Play', 'Play (Space)');
  readonly pause = tool('pause', '❚❚', 'Pause', 'Pause (Space)');
  readonly step = tool('step', '+1 wk', 'Step week', 'Advance one week');
  readonly stepYear = tool('step-year', '+1 yr', 'Step year', 'Advance to the next financial year');
  readonly reset = tool('reset', '⟲', 'Reset', 'Restart this scenario from the beginning, with the parameters shown');
  readonly speed = h('select', { 'data-testid': 'speed', 'aria-label': 'Speed' });
  /** The speed actually achieved, shown while it falls short of the one chosen. */
  readonly achieved = h('span', { 'data-testid': 'achieved-speed', class: 'achieved', hidden: true });
  /** Room for the classroom's buttons (presenter, story, tour), placed by the shell. */
  readonly tools = h('div', { class: 'group tools', role: 'group', 'aria-label': 'Classroom' });
  // Text, not a number field: the browser would turn "0x1" or "1e3" into '' or 1000 unseen;
  // the strict parser names what was typed instead.
  readonly seed = h('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: '20',
    'data-testid': 'seed',
    'aria-label': 'Random seed',
    title: `A whole number from 0 to ${MAX_SEED}`,
  });
  readonly scale = h('select', { 'data-testid': 'scale', 'aria-label': 'Scale' });
  readonly scenario = h('select', { 'data-testid': 'scenario', 'aria-label': 'Scenario preset' });
  /** Shown in the picker while the run is not a preset (an edited scenario, a loaded file). */
  private readonly custom = h('option', { value: '', text: 'Edited scenario', disabled: true, hidden: true });
  readonly reform = h('select', { 'data-testid': 'reform', 'aria-label': 'Reform now: apply another regime' });
  readonly regime = h('span', { 'data-testid': 'regime', class: 'regime', title: 'Regime in force' });
  readonly clock = h('span', {
    'data-testid': 'clock',
    class: 'clock',
    'aria-live': 'off',
    title: 'Simulated date',
  });

  constructor(
    host: HTMLElement,
    private readonly runner: Runner,
    presets: Preset[],
    actions: ToolbarActions,
  ) {
    for (const s of SPEEDS) this.speed.append(h('option', { value: String(s.value), text: s.label }));
    this.speed.value = String(runner.speed);
    for (const s of SCALE_IDS)
      this.scale.append(h('option', { value: s, title: SCALES[s].label, text: s[0].toUpperCase() + s.slice(1) }));
    for (const p of presets) this.scenario.append(h('option', { value: p.id, text: p.name }));
    this.scenario.append(this.custom);
    this.reform.append(h('option', { value: '', text: 'Reform now…' }));
    for (const r of REGIME_IDS)
      this.reform.append(h('option', { value: r, title: REGIMES[r].summary, text: REGIMES[r].label }));

    const group = (label: string, ...kids: HTMLElement[]): HTMLElement =>
      h('div', { class: 'group', role: 'group', 'aria-label': label }, ...kids);
    const labelled = (text: string, control: HTMLElement): HTMLElement =>
      h('label', {}, h('span', { class: 'tb-label', text }), control);
    host.append(
      h('span', { class: 'brand', text: 'Quasimarket' }),
      group('Run', this.play, this.pause, this.step, this.stepYear, this.reset),
      group('Speed', labelled('Speed', this.speed), this.achieved),
      this.clock,
      group(
        'Scenario',
        labelled('Scenario', this.scenario),
        labelled('Scale', this.scale),
        labelled('Seed', this.seed),
      ),
      h('span', { class: 'spacer' }),
      group('Regime', this.regime, this.reform),
      this.tools,
    );

    this.play.addEventListener('click', () => runner.play());
    this.pause.addEventListener('click', () => runner.pause());
    this.step.addEventListener('click', () => void runner.step(1).catch(() => {}));
    this.stepYear.addEventListener('click', () => void runner.stepYear().catch(() => {}));
    this.reset.addEventListener('click', () => actions.reset());
    this.speed.addEventListener('change', () => {
      runner.speed = Number(this.speed.value);
    });
    // The speed chosen elsewhere (a test hook, a story) shows here too.
    runner.onState(() => {
      if (this.speed.value !== String(runner.speed)) this.speed.value = String(runner.speed);
    });
    this.scenario.addEventListener('change', () => actions.choosePreset(this.scenario.value));
    this.scale.addEventListener('change', () => actions.chooseScale(this.scale.value as ScaleId));
    this.seed.addEventListener('change', () => {
      const text = this.seed.value.trim();
      const n = parseWholeIn(text, 0, MAX_SEED);
      if (n !== null) actions.chooseSeed(n);
      else {
        notify(`Bad seed "${quoted(text)}": expected a whole number from 0 to ${MAX_SEED}. The run goes on.`, 'error');
        this.seed.value = String(runner.scenario?.seed ?? '');
      }
    });
    this.reform.addEventListener('change', () => {
      const r = this.reform.value as RegimeId;
      this.reform.value = '';
      if (r) actions.reform(r);
    });
    runner.onState(() => this.sync());
    runner.onFrame((f) => this.showFrame(f));
  }

  /** Reflects the scenario being run in the pickers. */
  showScenario(presetId: string | null, scale: ScaleId, seed: number): void {
    this.custom.hidden = presetId !== null;
    if (presetId && [...this.scenario.options].some((o) => o.value === presetId)) this.scenario.value = presetId;
    else this.scenario.value = '';
    this.scale.value = scale;
    this.seed.value = String(seed);
  }

  sync(): void {
    const r = this.runner;
    const ready = !!r.frame && !r.isFailed;
    const done = !!r.frame?.finished;
    // Play and pause stay enabled (a click on the one already in force does nothing), so
    // neither a person nor a test waits on a disabled button.
    this.play.disabled = !ready || done;
    this.pause.disabled = !ready;
    this.play.setAttribute('aria-pressed', String(r.playing));
    this.pause.setAttribute('aria-pressed', String(!r.playing));
    this.step.disabled = !ready || done;
    this.stepYear.disabled = !ready || done;
    this.reform.disabled = !ready;
  }

  private lastRegime = '';
  showFrame(f: Frame): void {
    const years = this.runner.scenario?.years ?? 0;
    this.clock.dataset.week = String(f.tick);
    this.clock.dataset.year = String(f.year);
    this.clock.replaceChildren(
      f.dateLabel,
      h('span', {
        class: 'fy',
        text: `${f.financialYear} · year ${Math.min(f.year, years || f.year)}${years ? ` of ${years}` : ''}${f.finished ? ' · finished' : ''}`,
      }),
    );
    if (f.regime !== this.lastRegime) {
      this.lastRegime = f.regime;
      this.regime.dataset.regime = f.regime;
      this.regime.replaceChildren(
        h('span', { class: 'regime-long', text: REGIMES[f.regime].label }),
        h('span', { class: 'regime-short', text: REGIMES[f.regime].shortLabel }),
      );
      this.regime.title = REGIMES[f.regime].summary;
      // The regime in force is marked in "Reform now" (choosing it changes nothing).
      for (const o of this.reform.options)
        if (o.value)
          o.textContent = `${REGIMES[o.value as RegimeId].label}${o.value === f.regime ? ' (in force)' : ''}`;
    }
  }

  /** Shows the speed achieved while it falls short of the speed chosen (null hides it). */
  showAchieved(text: string | null): void {
    this.achieved.hidden = text === null;
    if (text !== null && this.achieved.textContent !== text) this.achieved.textContent = text;
  }
}
