// The first-run tour: a few steps pointing at the network, the controls, the clock and
// figures, the panels and the classroom buttons. Skippable; once finished or skipped it is
// not shown again on this computer. The Help button takes it again and lists the glossary.
import { h } from '../ui/dom';
import { glossaryList } from '../ui/glossary';

const SEEN_KEY = 'quasimarket.tourSeen';

interface Step {
  /** What it points at (a selector); the step sits beside it. */
  at: string;
  title: string;
  text: string;
}

const STEPS: Step[] = [
  {
    at: '#stage',
    title: 'A health economy at work',
    text: 'Orange squares are commissioners, who buy care; circles, triangles and diamonds are the providers they buy from; grey dots are GP practices. Lines are contracts, drawn by their state: solid agreed, dashed in negotiation, dotted out to tender, red dashes in dispute. Click an organisation, or Tab here and use the arrow keys and Enter, to see why it does what it does.',
  },
  {
    at: '.toolbar .group[aria-label=Run]',
    title: 'Play, pause, step',
    text: 'Play runs the simulation week by week (Space plays and pauses). Choose the speed beside it; if this computer cannot keep up, it says so.',
  },
  {
    at: '.monitors-host',
    title: 'The headline figures',
    text: 'Spending, NHS trusts in deficit, the waiting list, arbitrations and tenders, each with its change since last year. The clock above says where you are in real NHS history.',
  },
  {
    at: '#panels',
    title: 'What happened, and why',
    text: 'The Events tab tells the story in plain English (headlines only when it runs fast); Charts, the organisation Table and the Parameters are beside it. Dotted words like CQUIN or tariff are explained when you hover or tab to them.',
  },
  {
    at: '.toolbar .tools',
    title: 'For a room',
    text: 'Story plays the NHS from 1991 to 2025 as chapters, pausing at each reform (→ and ← move between them). Present (F) goes fullscreen with type large enough for a projector.',
  },
];

export function mountTour(tools: HTMLElement): { start(): void } {
  let i = 0;
  let box: HTMLElement | null = null;
  const finish = (): void => {
    box?.remove();
    box = null;
    document.querySelector('.tour-target')?.classList.remove('tour-target');
    try {
      localStorage.setItem(SEEN_KEY, '1');
    } catch {
      /* private mode: shown again next time */
    }
  };
  const show = (): void => {
    box?.remove();
    document.querySelector('.tour-target')?.classList.remove('tour-target');
    const step = STEPS[i];
    const target = document.querySelector<HTMLElement>(step.at);
    target?.classList.add('tour-target');
    const last = i === STEPS.length - 1;
    box = h(
      'div',
      { class: 'tour', role: 'dialog', 'aria-labelledby': 'tour-title', 'data-testid': 'tour', 'data-step': i },
      h('p', { class: 'tour-count', text: `${i + 1} of ${STEPS.length}` }),
      h('h2', { id: 'tour-title', text: step.title }),
      h('p', { text: step.text }),
      h(
        'div',
        { class: 'tour-buttons' },
        h('button', { type: 'button', text: 'Skip the tour', 'data-testid': 'tour-skip', onclick: finish }),
        i > 0 ? h('button', { type: 'button', text: '← Back', onclick: () => ((i -= 1), show()) }) : null,
        h('button', {
          type: 'button',
          class: 'primary',
          text: last ? 'Done' : 'Next →',
          'data-testid': 'tour-next',
          onclick: () => (last ? finish() : ((i += 1), show())),
        }),
      ),
    );
    document.body.append(box);
    // Beside what it points at, inside the window.
    const r = target?.getBoundingClientRect() ?? new DOMRect(window.innerWidth / 2, 80, 0, 0);
    const w = Math.min(380, window.innerWidth - 16);
    const left = Math.max(8, Math.min(r.left + 12, window.innerWidth - w - 8));
    const top = r.bottom + 10 + 240 < window.innerHeight ? r.bottom + 10 : Math.max(8, r.top + 12);
    box.style.setProperty('--left', `${left}px`);
    box.style.setProperty('--top', `${top}px`);
    box.querySelector<HTMLButtonElement>('[data-testid=tour-next]')?.focus();
  };
  const start = (): void => {
    i = 0;
    show();
  };
  document.addEventListener('keydown', (e) => {
    if (box && e.key === 'Escape') finish();
  });

  // Help: the tour again, and the glossary.
  const help = h('button', {
    type: 'button',
    'data-testid': 'help',
    text: '?',
    title: 'Help: the tour again, and a glossary of the words the app uses',
    'aria-label': 'Help and glossary',
  });
  const dialog = h(
    'dialog',
    { class: 'help-dialog', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title', text: 'Help' }),
    h(
      'p',
      {},
      h('button', { type: 'button', text: 'Take the tour', onclick: () => (dialog.close(), start()) }),
      ' ',
      h('button', { type: 'button', text: 'Close', onclick: () => dialog.close() }),
    ),
    h('h3', { text: 'Glossary' }),
    glossaryList(),
  );
  help.addEventListener('click', () => dialog.showModal());
  tools.append(help);
  document.body.append(dialog);

  let seen = false;
  try {
    seen = localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    seen = true;
  }
  if (!seen) requestAnimationFrame(start);
  return { start };
}
