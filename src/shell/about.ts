// About: what Quasimarket is, where England's map comes from and the licence's attribution
// (the Open Government Licence asks it to be shown with the data), and that the organisations
// inside the real footprints are fictional. Opened from the toolbar and from the credit line
// the map carries in the network's corner.
import { FOOTPRINT_ATTRIBUTION } from '../model/index';
import type { Catalogue } from '../engine/api';
import { h } from '../ui/dom';

/** Every organisation is made up: said wherever the real footprints are shown. */
export const FICTIONAL_ORGANISATIONS =
  'The 42 Integrated Care Board footprints and the 7 NHS England regions are real, with their real names and populations. Every organisation inside them (trusts, independent providers, GP practices and federations, and the commissioners before 2022) is fictional, as the King’s Fund’s Windmill exercises kept their health economies fictional: no real trust or CCG is ever shown failing or in arbitration.';

function aboutDialog(): HTMLDialogElement {
  const close = h('button', { type: 'button', class: 'about-close', text: 'Close', 'data-testid': 'about-close' });
  const dialog = h(
    'dialog',
    { class: 'about', 'aria-labelledby': 'about-title', 'data-testid': 'about' },
    h('h2', { id: 'about-title', text: 'About Quasimarket' }),
    h('p', {
      text: 'An agent-based simulator of the English NHS: commissioners, providers and GP practices negotiating contracts, tendering, forming alliances and going to arbitration, under the regimes of 1991 to today.',
    }),
    h('h3', { text: 'England’s map' }),
    h('p', { text: FICTIONAL_ORGANISATIONS }),
    h('p', { class: 'about-credit' }, ...FOOTPRINT_ATTRIBUTION.flatMap((line) => [line, h('br')]).slice(0, -1)),
    h('p', {
      text: 'Footprints as of April 2023; boundaries simplified from ONS LSOA (2021) boundaries; populations are NHS England’s registered-list projections for 2024/25.',
    }),
    close,
  );
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

/**
 * Puts an About button in the toolbar after the app's name, and the map's credit line in the
 * network's corner while the run shows real footprints. Returns a way to open About.
 */
export function mountAbout(
  toolbar: HTMLElement,
  stage: HTMLElement,
  onCatalogue: (cb: (c: Catalogue) => void) => void,
): () => void {
  let dialog: HTMLDialogElement | null = null;
  const open = (): void => {
    dialog ??= aboutDialog();
    if (!dialog.open) dialog.showModal();
  };
  const button = h('button', { type: 'button', text: 'About', 'data-testid': 'about-open', onclick: open });
  toolbar.querySelector('.brand')?.after(button);
  const credit = h(
    'div',
    { class: 'map-credit', 'data-testid': 'map-credit', hidden: true },
    'Map: ONS, OGL v3.0; contains OS data © Crown copyright and database right 2024. Every organisation is fictional · ',
    h('button', {
      type: 'button',
      class: 'link',
      text: 'about the map',
      onclick: (e: Event) => {
        e.stopPropagation();
        open();
      },
    }),
  );
  // Above the controls' hint in the corner, however many lines either wraps to.
  const corner = stage.querySelector(':scope > .stage-corner');
  if (corner) corner.prepend(credit);
  else stage.append(credit);
  onCatalogue((c) => {
    credit.hidden = !c.geography;
  });
  return open;
}
