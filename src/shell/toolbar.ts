// The toolbar: run controls, speed, seed, scale, scenario preset, "reform now", the current
// regime and the simulated date. Every control is a native element, so it is reachable by
// keyboard, and carries a data-testid for the browser tests.
import type { Frame } from '../engine/api';
import { REGIME_IDS, REGIMES, SCALE_IDS, SCALES, type RegimeId, type ScaleId } from '../model/index';
import { SPEEDS, type Runner } from './runner';

export interface Preset {
  id: string;
  name: string;
  file: string;
}

export interface ToolbarActions {
  choosePreset(id: string): void;
  chooseScale(scale: ScaleId): void;
  chooseSeed(seed: number): void;
  reset(): void;
  reform(regime: RegimeId): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('data-') || k.startsWith('aria-') || k === 'title' || k === 'type' || k === 'role')
      e.setAttribute(k, v);
    else (e as unknown as Record<string, string>)[k] = v;
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

export class Toolbar {
  readonly play = el('button', { type: 'button', 'data-testid': 'play', title: 'Play (Space)' }, '▶ Play');
  readonly pause = el('button', { type: 'button', 'data-testid': 'pause', title: 'Pause (Space)' }, '❚❚ Pause');
  readonly step = el('button', { type: 'button', 'data-testid': 'step', title: 'Advance one week' }, 'Step week');
  readonly stepYear = el(
    'button',
    { type: 'button', 'data-testid': 'step-year', title: 'Advance to the next financial year' },
    'Step year',
  );
  readonly reset = el(
    'button',
    { type: 'button', 'data-testid': 'reset', title: 'Restart this scenario from the beginning' },
    '⟲ Reset',
  );
  readonly speed = el('select', { 'data-testid': 'speed', 'aria-label': 'Speed' });
  readonly seed = el('input', {
    type: 'number',
    'data-testid': 'seed',
    'aria-label': 'Random seed',
    min: '0',
    step: '1',
  });
  readonly scale = el('select', { 'data-testid': 'scale', 'aria-label': 'Scale' });
  readonly scenario = el('select', { 'data-testid': 'scenario', 'aria-label': 'Scenario preset' });
  readonly reform = el('select', { 'data-testid': 'reform', 'aria-label': 'Reform now: apply another regime' });
  readonly regime = el('span', { 'data-testid': 'regime', className: 'regime', title: 'Regime in force' });
  readonly clock = el('span', {
    'data-testid': 'clock',
    className: 'clock',
    'aria-live': 'off',
    title: 'Simulated date',
  });

  constructor(
    host: HTMLElement,
    private readonly runner: Runner,
    presets: Preset[],
    actions: ToolbarActions,
  ) {
    for (const s of SPEEDS) this.speed.append(el('option', { value: String(s.value) }, s.label));
    this.speed.value = String(runner.speed);
    for (const s of SCALE_IDS)
      this.scale.append(el('option', { value: s, title: SCALES[s].label }, s[0].toUpperCase() + s.slice(1)));
    for (const p of presets) this.scenario.append(el('option', { value: p.id }, p.name));
    this.reform.append(el('option', { value: '' }, 'Reform now…'));
    for (const r of REGIME_IDS)
      this.reform.append(el('option', { value: r, title: REGIMES[r].summary }, REGIMES[r].label));

    const group = (label: string | null, ...kids: HTMLElement[]): HTMLElement => {
      const g = el('div', { className: 'group', role: 'group' });
      if (label) g.setAttribute('aria-label', label);
      g.append(...kids);
      return g;
    };
    const labelled = (text: string, control: HTMLElement): HTMLElement => {
      const l = el('label', {}, text);
      l.append(control);
      return l;
    };
    host.append(
      el('span', { className: 'brand' }, 'Quasimarket'),
      group('Run', this.play, this.pause, this.step, this.stepYear, this.reset),
      group('Speed', labelled('Speed', this.speed)),
      this.clock,
      group(
        'Scenario',
        labelled('Scenario', this.scenario),
        labelled('Scale', this.scale),
        labelled('Seed', this.seed),
      ),
      el('span', { className: 'spacer' }),
      group('Regime', this.regime, this.reform),
    );

    this.play.addEventListener('click', () => runner.play());
    this.pause.addEventListener('click', () => runner.pause());
    this.step.addEventListener('click', () => void runner.step(1).catch(() => {}));
    this.stepYear.addEventListener('click', () => void runner.stepYear().catch(() => {}));
    this.reset.addEventListener('click', () => actions.reset());
    this.speed.addEventListener('change', () => {
      runner.speed = Number(this.speed.value);
    });
    this.scenario.addEventListener('change', () => actions.choosePreset(this.scenario.value));
    this.scale.addEventListener('change', () => actions.chooseScale(this.scale.value as ScaleId));
    this.seed.addEventListener('change', () => {
      const n = Number(this.seed.value);
      if (Number.isInteger(n) && n >= 0) actions.chooseSeed(n);
      else this.seed.value = String(runner.scenario?.seed ?? 1);
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
    if (presetId && [...this.scenario.options].some((o) => o.value === presetId)) this.scenario.value = presetId;
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
    this.clock.innerHTML = '';
    this.clock.append(
      f.dateLabel,
      el(
        'span',
        { className: 'fy' },
        `${f.financialYear} · year ${Math.min(f.year, years || f.year)}${years ? ` of ${years}` : ''}${f.finished ? ' · finished' : ''}`,
      ),
    );
    if (f.regime !== this.lastRegime) {
      this.lastRegime = f.regime;
      this.regime.dataset.regime = f.regime;
      this.regime.textContent = REGIMES[f.regime]?.label ?? f.regime;
      this.regime.title = REGIMES[f.regime]?.summary ?? '';
    }
  }
}
