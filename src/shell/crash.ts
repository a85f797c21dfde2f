// The message shown when the simulation worker fails, with a button that restarts the run.
let current: HTMLElement | null = null;

export function showCrash(stage: HTMLElement, message: string, restart: () => void): void {
  hideCrash();
  const box = document.createElement('div');
  box.className = 'crash';
  box.dataset.testid = 'worker-error';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'crash-title');
  box.innerHTML =
    '<div><h2 id="crash-title">The simulation stopped</h2><p>The run cannot continue. Your settings are kept: restart to run the scenario again from the beginning.</p><pre></pre></div>';
  box.querySelector('pre')!.textContent = message;
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.dataset.testid = 'restart';
  btn.textContent = 'Restart the run';
  btn.addEventListener('click', () => {
    hideCrash();
    restart();
  });
  box.firstElementChild!.append(btn);
  stage.append(box);
  current = box;
  btn.focus();
}

export function hideCrash(): void {
  current?.remove();
  current = null;
}
