// "Save picture" on the network: the network as shown, with a caption (scenario, seed, date,
// regime) for a slide, as PNG.
import type { NetworkView } from '../render/network';
import type { Runner } from './runner';
import { REGIMES } from '../model/index';
import { download, fileStem } from '../ui/exports';
import { h } from '../ui/dom';
import { notify } from './toasts';
import { errorText } from './text';

export async function networkPng(view: NetworkView, runner: Runner): Promise<Blob> {
  const shot = await createImageBitmap(await view.snapshot());
  const s = runner.scenario,
    f = runner.frame;
  const foot = Math.round(shot.height * 0.06) + 12;
  const c = document.createElement('canvas');
  c.width = shot.width;
  c.height = shot.height + foot;
  const g = c.getContext('2d')!;
  g.fillStyle = '#14171c';
  g.fillRect(0, 0, c.width, c.height);
  g.drawImage(shot, 0, 0);
  g.fillStyle = '#e6edf3';
  g.font = `${Math.round(foot * 0.45)}px system-ui, sans-serif`;
  g.textBaseline = 'middle';
  const regime = f ? REGIMES[f.regime].label : '';
  g.fillText(
    `${s?.name ?? s?.id ?? 'Run'} · seed ${s?.seed ?? ''} · ${f?.dateLabel ?? ''} · ${regime}`,
    12,
    shot.height + foot / 2,
  );
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'),
  );
}

export function networkExportButton(view: NetworkView, runner: Runner): HTMLButtonElement {
  return h('button', {
    type: 'button',
    text: '⤓',
    title: 'Save the network as shown, as a picture (PNG)',
    'aria-label': 'Save the network as a picture (PNG)',
    'data-testid': 'export-png',
    onclick: (e: Event) => {
      e.stopPropagation();
      networkPng(view, runner).then(
        (b) => download(`${fileStem(runner.scenario, runner.frame?.tick ?? 0)}-network.png`, b),
        (err: unknown) => notify(`The picture could not be saved: ${errorText(err)}`, 'error'),
      );
    },
  });
}
