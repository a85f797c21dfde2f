// Compare mode: a second run beside the first, on the same seed, clocks in step — "with this
// reform" against "without it", the edited parameters against the preset's defaults, or another
// preset. Run A is the run already on screen, untouched (byte for byte the run alone); run B
// is a run of its own in its own worker, caught up to A's week and then stepped to each of A's.
import type { Frame, Scenario } from '../engine/api';
import { REGIME_IDS, REGIMES, type RegimeId, type YearMetrics } from '../model/index';
import { NetworkView } from '../render/network';
import { compareCharts } from '../ui/compare-charts';
import { h, throttle } from '../ui/dom';
import { loadPreset, sameScenario, withOverrides, type Preset } from './presets';
import type { RunControl } from './run-control';
import { Runner } from './runner';
import { notify } from './toasts';
import { errorText } from './text';

export type CompareSpec = { kind: 'reform'; regime: RegimeId } | { kind: 'defaults' } | { kind: 'preset'; id: string };

export interface PaneState {
  pane: 'A' | 'B';
  label: string;
  week: number;
  regime: RegimeId;
  metrics: YearMetrics | null;
}

interface Panes {
  stageA: HTMLElement;
  stageB: HTMLElement;
  charts: HTMLElement;
  controlHost: HTMLElement;
}

export class Compare {
  private right: Runner | null = null;
  private viewB: NetworkView | null = null;
  private labels: [string, string] = ['', ''];
  private captions: [HTMLElement, HTMLElement];
  private yearsA: YearMetrics[] = [];
  private yearsB: YearMetrics[] = [];
  readonly select: HTMLSelectElement;

  constructor(
    private readonly left: Runner,
    private readonly control: RunControl,
    private readonly presets: readonly Preset[],
    private readonly panes: Panes,
    private readonly renderMode: 'worker' | 'main',
    /** Fits run A's view to its pane (it halves when B appears, doubles when B goes). */
    private readonly refitA: () => void,
  ) {
    this.captions = [
      h('div', { class: 'qm-pane-caption', 'data-testid': 'pane-a', hidden: true }),
      h('div', { class: 'qm-pane-caption', 'data-testid': 'pane-b' }),
    ];
    panes.stageA.append(this.captions[0]);
    panes.stageB.append(this.captions[1]);
    this.select = h('select', {
      'data-testid': 'compare',
      'aria-label': 'Compare this run with another, side by side',
      title: 'Compare this run side by side with the same run under a reform now, with the defaults, or another preset',
      onchange: () => {
        const v = this.select.value;
        this.select.value = '';
        if (v === 'stop') this.stop();
        else if (v.startsWith('reform:')) void this.start({ kind: 'reform', regime: v.slice(7) as RegimeId });
        else if (v === 'defaults') void this.start({ kind: 'defaults' });
        else if (v.startsWith('preset:')) void this.start({ kind: 'preset', id: v.slice(7) });
      },
    });
    this.fillOptions();
    panes.controlHost.append(this.select);
    left.onFrame((f) => this.showA(f));
  }

  get active(): boolean {
    return this.right !== null;
  }

  private fillOptions(): void {
    const opt = (value: string, text: string) => h('option', { value, text });
    this.select.replaceChildren(
      opt('', this.active ? 'Comparing… ▾' : 'Compare…'),
      h(
        'optgroup',
        { label: 'With and without a reform now' },
        ...REGIME_IDS.map((r) => opt(`reform:${r}`, `Reform now to ${REGIMES[r].label}`)),
      ),
      h('optgroup', { label: 'Parameters' }, opt('defaults', 'Edited parameters against the defaults')),
      h('optgroup', { label: 'Another preset' }, ...this.presets.map((p) => opt(`preset:${p.id}`, p.name))),
      ...(this.active ? [opt('stop', 'Stop comparing')] : []),
    );
  }

  /** Starts run B beside run A at A's week; resolves false (having said why) if it cannot. */
  async start(spec: CompareSpec): Promise<boolean> {
    const a = this.left.scenario;
    const f = this.left.frame;
    if (!a || !f) return false;
    this.left.pause();
    let b: Scenario;
    let journal = [...this.left.journal].filter((j) => j.tick <= f.tick);
    let labels: [string, string];
    if (spec.kind === 'reform') {
      if (spec.regime === f.regime) {
        notify(`${REGIMES[spec.regime].label} is already in force: pick another reform to compare.`, 'error');
        return false;
      }
      b = a;
      journal = [...journal, { tick: f.tick, kind: 'reform', regime: spec.regime }];
      labels = ['Without the reform', `With ${REGIMES[spec.regime].shortLabel} from ${f.financialYear}`];
    } else if (spec.kind === 'defaults') {
      const base = this.control.origin.base;
      if (!base) {
        notify('This run did not come from a preset, so it has no defaults to compare with.', 'error');
        return false;
      }
      b = withOverrides(base, { scale: a.scale, seed: a.seed, years: a.years });
      if (sameScenario(a, b) && journal.every((j) => j.kind !== 'param')) {
        notify('No parameter has been edited: run A already is the preset with its defaults.', 'error');
        return false;
      }
      journal = journal.filter((j) => j.kind === 'reform');
      labels = ['Edited parameters', 'Preset defaults'];
    } else {
      const p = this.presets.find((x) => x.id === spec.id);
      if (!p) return false;
      try {
        b = withOverrides(await loadPreset(p), { scale: a.scale, seed: a.seed });
      } catch (e) {
        notify(`Could not read "${p.name}": ${errorText(e)}`, 'error');
        return false;
      }
      journal = [];
      labels = ['This run', p.name];
    }
    this.stop();
    const right = new Runner();
    right.onError = (m) => notify(`The compared run stopped: ${m}`, 'error');
    this.showPanes(true);
    this.captions[1].textContent = `Starting run B (${labels[1]})…`;
    try {
      await right.start(b, {
        journal,
        toTick: f.tick,
        onProgress: (t, of) => (this.captions[1].textContent = `Catching up: week ${t} of ${of}…`),
      });
    } catch (e) {
      this.showPanes(false);
      notify(`The compared run could not start: ${errorText(e)}`, 'error');
      return false;
    }
    this.right = right;
    this.labels = labels;
    if (!this.viewB) {
      this.viewB = new NetworkView(this.panes.stageB);
      await this.viewB.init(this.renderMode);
    }
    const view = this.viewB;
    right.onCatalogue((c) => view.setCatalogue(c));
    right.onFrame((fb) => {
      view.setFrame(fb);
      this.caption(1, fb);
      if (fb.newYears.length || fb.tick === 0) this.refreshYears();
    });
    if (right.catalogue) view.setCatalogue(right.catalogue);
    if (right.frame) {
      view.setFrame(right.frame);
      this.caption(1, right.frame);
    }
    this.left.follow = (fa) => right.stepTo(fa.tick);
    this.fillOptions();
    this.caption(0, f);
    this.refreshYears();
    window.dispatchEvent(new Event('resize'));
    requestAnimationFrame(() => this.refitA());
    return true;
  }

  stop(): void {
    if (!this.right) return;
    this.left.follow = null;
    this.right.dispose();
    this.right = null;
    this.showPanes(false);
    this.fillOptions();
    window.dispatchEvent(new Event('resize'));
    requestAnimationFrame(() => this.refitA());
  }

  /** What each pane shows (window.quasimarket.state() in compare mode). */
  state(): PaneState[] {
    const pane = (r: Runner, i: 0 | 1, years: YearMetrics[]): PaneState => ({
      pane: i === 0 ? 'A' : 'B',
      label: this.labels[i],
      week: r.frame?.tick ?? 0,
      regime: (r.frame?.regime ?? 'ccg-2013') as RegimeId,
      metrics: years.at(-1) ?? null,
    });
    return this.right ? [pane(this.left, 0, this.yearsA), pane(this.right, 1, this.yearsB)] : [];
  }

  /** Whether the legend was open before comparing (it folds to give run A's half-width pane room). */
  private legendWasOpen: boolean | null = null;

  private showPanes(on: boolean): void {
    this.panes.stageB.hidden = !on;
    this.panes.charts.hidden = !on;
    this.captions[0].hidden = !on;
    // Half a stage is too narrow for the open legend and the controls' hint: the fit would
    // squeeze run A into the corner the legend leaves, and the hint would cover the legend.
    this.panes.stageA.classList.toggle('comparing', on);
    const legend = this.panes.stageA.querySelector<HTMLDetailsElement>('details.legend');
    if (!legend) return;
    if (on && this.legendWasOpen === null) {
      this.legendWasOpen = legend.open;
      legend.open = false;
    } else if (!on && this.legendWasOpen !== null) {
      legend.open = this.legendWasOpen;
      this.legendWasOpen = null;
    }
  }

  private epochA = 0;
  private showA(f: Frame): void {
    if (!this.right) return;
    this.caption(0, f);
    if (f.newYears.length || f.tick === 0 || f.epoch !== this.epochA) this.refreshYears();
    this.epochA = f.epoch;
  }

  private caption(i: 0 | 1, f: Frame): void {
    const el = this.captions[i];
    el.replaceChildren(
      h('b', { text: i === 0 ? 'A' : 'B' }),
      ` · ${this.labels[i]} · ${f.dateLabel} · ${REGIMES[f.regime].shortLabel}`,
    );
  }

  private refreshYears = throttle(() => void this.loadYears(), 300);

  private async loadYears(): Promise<void> {
    const right = this.right;
    if (!right?.api || !this.left.api) return;
    try {
      const [a, b] = await Promise.all([this.left.api.yearly(), right.api.yearly()]);
      if (right !== this.right) return;
      this.yearsA = a;
      this.yearsB = b;
      const years = Math.max(this.left.scenario?.years ?? 1, right.scenario?.years ?? 1);
      this.panes.charts.replaceChildren(
        h(
          'div',
          { class: 'qm-compare-head' },
          h('span', {}, h('span', { class: 'qm-key-a' }), `A: ${this.labels[0]}`),
          h('span', {}, h('span', { class: 'qm-key-b' }), `B: ${this.labels[1]}`),
          h('span', { class: 'qm-help', text: 'Same seed; each line one run; figures for whole financial years.' }),
        ),
        compareCharts(a, b, years),
      );
    } catch {
      /* a run being replaced: the next year redraws */
    }
  }
}
