// Keeps where the user was (run, week, live changes, edits with their history) on this
// computer and offers it back after a reload. Nothing is written until a kept session has
// been answered, so a reload never overwrites what it offers.
import type { PanelsHandle } from '../ui/index';
import { h } from '../ui/dom';
import type { Runner } from './runner';
import type { RunControl } from './run-control';
import { clearSession, loadSession, saveSession } from './session-store';
import { offerRestore } from './restore-offer';
import { notify } from './toasts';

/** How often the session is written while something changes (ms). */
const SAVE_EVERY_MS = 2000;

export function mountPersistence(
  stage: HTMLElement,
  runner: Runner,
  control: RunControl,
  panels: PanelsHandle | null,
): void {
  const saved = loadSession();
  let answered = !saved;
  let last = '';

  const save = (): void => {
    const s = runner.scenario;
    if (!answered || !s) return;
    const session = {
      savedAt: Date.now(),
      scenario: s,
      presetId: control.origin.presetId,
      journal: [...runner.journal],
      tick: runner.frame?.tick ?? 0,
      edits: panels?.history() ?? null,
    };
    // Unchanged since the last write: skip the (possibly large) write.
    const key = `${session.tick}|${session.journal.length}|${JSON.stringify(session.edits?.state)}|${session.edits?.past.length}|${session.edits?.future.length}|${JSON.stringify(s)}`;
    if (key === last) return;
    last = key;
    saveSession(session);
  };
  setInterval(save, SAVE_EVERY_MS);
  panels?.onEdit(() => setTimeout(save, 0));
  runner.onJournal(save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
  window.addEventListener('pagehide', save);

  if (!saved) return;
  void offerRestore(saved).then(async (yes) => {
    if (!yes) {
      clearSession();
      answered = true;
      save();
      return;
    }
    const progress = h('div', { class: 'loading', 'data-testid': 'restoring', text: `Restoring week ${saved.tick}…` });
    stage.append(progress);
    runner.pause();
    const origin = await control.originOf(saved.presetId);
    const ok = await control.start(saved.scenario, origin, 'The saved run', {
      journal: saved.journal,
      toTick: saved.tick,
      onProgress: (t, of) => {
        progress.textContent = `Restoring… week ${t} of ${of}`;
      },
    });
    progress.remove();
    answered = true;
    if (!ok) return;
    let editsBack = true;
    if (saved.edits && panels) editsBack = panels.restoreHistory(saved.edits);
    notify(
      editsBack
        ? `Restored at week ${runner.frame?.tick ?? saved.tick}. Press Play to go on.`
        : `Restored the run at week ${runner.frame?.tick ?? saved.tick}; the kept edits could not be read back.`,
      editsBack ? 'info' : 'error',
    );
    save();
  });
}
