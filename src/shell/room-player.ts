// Room mode on a player's screen: no simulation here (the facilitator's browser runs it). The
// player picks an organisation (or comes with &seat=CODE), then answers its decision cards as
// they arrive; the room server relays them to and from the facilitator.
import type { Answer, DecisionRequest } from '../engine/api';
import { readMessage, type Organisation } from '../room/protocol';
import { createDecisionCard } from '../ui/decision-card';
import { h } from '../ui/dom';
import { roomSocket, type RoomLink } from './room-link';

export function joinRoom(link: RoomLink): void {
  document.body.classList.add('qm-player-page');
  const status = h('p', {
    class: 'qm-player-status',
    'data-testid': 'room-status',
    role: 'status',
    text: 'Connecting to the room…',
  });
  const held = h('p', { class: 'qm-player-seat', 'data-testid': 'room-seat' });
  const message = h('p', { class: 'qm-player-message', 'data-testid': 'room-message', role: 'alert' });
  const name = h('input', {
    type: 'text',
    id: 'qm-player-name',
    maxlength: 40,
    autocomplete: 'nickname',
    'data-testid': 'room-name',
  });
  const pick = h('select', { id: 'qm-player-org', 'data-testid': 'room-organisation' });
  const picker = h(
    'form',
    { class: 'qm-player-picker', hidden: true },
    h('label', { for: 'qm-player-name', text: 'Your name' }),
    name,
    h('label', { for: 'qm-player-org', text: 'The organisation you will play' }),
    pick,
    h('button', { type: 'submit', class: 'qm-btn qm-primary', 'data-testid': 'room-join', text: 'Take this seat' }),
  );
  let seat: string | null = null;
  let names: Record<string, string> = {};
  let organisations: Organisation[] = [];
  const showPicker = (): void => {
    pick.replaceChildren(
      ...organisations.map((o) => h('option', { value: o.code, text: `${o.name} (${o.kind.replace('-', ' ')})` })),
    );
    picker.hidden = organisations.length === 0;
  };
  let pending: { resolve(): void; reject(e: Error): void } | null = null;

  const ws = roomSocket(link);
  const send = (m: object): void => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m));
  };
  const card = createDecisionCard(
    (key: string, value: Answer) =>
      new Promise<void>((resolve, reject) => {
        pending = { resolve, reject };
        send({ type: 'answer', key, value });
      }),
  );
  card.el.classList.add('qm-card-inline');
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    if (pick.value) claim(pick.value);
  });
  const claim = (code: string): void => send({ type: 'claim', seat: code, name: name.value.trim() || 'A player' });

  document.body.append(
    h(
      'main',
      { class: 'qm-player', 'data-testid': 'room-player' },
      h('h1', { text: `Quasimarket · room ${link.room}` }),
      status,
      held,
      message,
      picker,
      card.el,
    ),
  );

  ws.addEventListener('close', () => {
    status.textContent = 'Disconnected from the room. Reload this page to join again.';
    pending?.reject(new Error('disconnected'));
  });
  ws.addEventListener('message', (e) => {
    const m = readMessage(String(e.data));
    if (!m) return;
    switch (m.type) {
      case 'organisations': {
        organisations = (m.list as Organisation[]).filter((o) => o && typeof o.code === 'string');
        names = Object.fromEntries(organisations.map((o) => [o.code, String(o.name)]));
        if (seat) break;
        status.textContent = 'Choose the organisation you will play.';
        if (link.seat && !message.textContent) claim(link.seat);
        else showPicker();
        break;
      }
      case 'claimed':
        seat = String(m.seat);
        picker.hidden = true;
        message.textContent = '';
        held.textContent = `You hold ${names[seat] ?? seat}. Its decisions come to this screen.`;
        break;
      case 'refused':
        seat = null;
        held.textContent = '';
        message.textContent = String(m.text);
        showPicker();
        break;
      case 'waiting-host':
        status.textContent = 'Waiting for the facilitator to open the room…';
        break;
      case 'host-left':
        status.textContent = 'The facilitator has left the room; wait for them to come back.';
        break;
      case 'welcome':
        held.textContent = `You hold ${String(m.name)} in ${String(m.run)}. Its decisions come to this screen.`;
        break;
      case 'status':
        status.textContent = String(m.text);
        break;
      case 'card': {
        const d = m.card as unknown as DecisionRequest;
        const known = { ...names, ...(m.names as Record<string, string>) };
        card.show(d, {
          nameOf: (c) => known[c] ?? c,
          startYear: Number(m.startYear),
          deadline: typeof m.deadline === 'number' ? m.deadline : null,
          mode: 'answer',
        });
        break;
      }
      case 'decided':
        if (card.key === m.key) card.hide();
        message.textContent = '';
        held.dataset.decided = String(Number(held.dataset.decided ?? 0) + 1);
        pending?.resolve();
        pending = null;
        break;
      case 'notice':
        if (card.key) card.say(String(m.text), m.tone === 'error' ? 'error' : 'info');
        else message.textContent = String(m.text);
        pending?.reject(new Error(String(m.text)));
        pending = null;
        break;
    }
  });

  // A handle for the browser tests: what this player holds, and a raw answer (a stale one).
  Object.defineProperty(window, 'quasimarketPlayer', {
    value: Object.freeze({
      seat: () => seat,
      card: () => card.key,
      sendAnswer: (key: string, value: Answer) => send({ type: 'answer', key, value }),
    }),
  });
}
