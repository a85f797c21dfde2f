// The message shown when the simulation worker fails, with a button that restarts the run.
import { h } from '../ui/dom';

let current: HTMLElement | null = null;

export function showCrash(stage: HTMLElement, message: string, restart: () => void): void {
  hideCrash();
  const button = h('button', {
    type: 'button',
    'data-testid': 'restart',
    text: 'Restart the run',
    onclick: () => {
      hideCrash();
      restart();
    },
  });
  current = h(
    'div',
    { class: 'crash', 'data-testid': 'worker-error', role: 'alertdialog', 'aria-labelledby': 'crash-title' },
    h(
      'div',
      {},
      h('h2', { id: 'crash-title', text: 'The simulation stopped' }),
      h('p', {
        text: 'The run cannot continue. Your settings are kept: restart to run the scenario again from the beginning.',
      }),
      h('pre', { text: message }),
      button,
    ),
  );
  stage.append(current);
  button.focus();
}

export function hideCrash(): void {
  current?.remove();
  current = null;
}
