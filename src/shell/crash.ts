// The message shown when the simulation worker fails, with a button that restarts the run.
// The restart happens in a new worker; if that fails too, the dialog stays with the reason,
// so a run that cannot start never loops.
import { h } from '../ui/dom';
import { bounded } from './text';

let current: HTMLElement | null = null;

/** `restart` resolves true once a new run is going (then the dialog closes). */
export function showCrash(stage: HTMLElement, message: string, restart: () => Promise<boolean>): void {
  hideCrash();
  const detail = h('pre', { text: bounded(message) });
  const button = h('button', { type: 'button', 'data-testid': 'restart', text: 'Restart the run' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Restarting…';
    const ok = await restart().catch(() => false);
    if (ok) {
      if (current === dialog) hideCrash();
      return;
    }
    button.disabled = false;
    button.textContent = 'Try again';
  });
  const dialog = h(
    'div',
    { class: 'crash', 'data-testid': 'worker-error', role: 'alertdialog', 'aria-labelledby': 'crash-title' },
    h(
      'div',
      {},
      h('h2', { id: 'crash-title', text: 'The simulation stopped' }),
      h('p', {
        text: 'The run cannot continue. Your settings are kept: restart to run the scenario again from the beginning.',
      }),
      detail,
      button,
    ),
  );
  current = dialog;
  stage.append(dialog);
  button.focus();
}

export function hideCrash(): void {
  current?.remove();
  current = null;
}
