// Room mode on the facilitator's screen: this browser runs the simulation; players join through
// the room server, each taking an organisation's seat. A held seat's card goes to its player and
// their answer comes back through the same checks as one typed here (a stale or duplicate one is
// refused with a message to that player; the run goes on). A player who leaves mid-decision is
// given the card's time limit to come back, then the model's suggestion is taken and the seat
// handed back. The decision log is the session's, as in a game on one screen: replayable.
import type { DecisionRequest } from '../engine/api';
import { readMessage, type FromHost, type ToPlayer } from '../room/protocol';
import { ROOM_TIME_LIMIT } from '../ui/card-time-limit';
import { DECISION_KINDS } from '../ui/decision-words';
import { h, throttle } from '../ui/dom';
import type { RoleDesk } from './role-desk';
import type { Runner } from './runner';
import { roomSocket, type RoomLink } from './room-link';
import { notify } from './toasts';
import { errorText } from './text';

interface Seat {
  name: string;
  /** False once the player has left (the seat is handed back when no card waits for it). */
  present: boolean;
}

export function hostRoom(link: RoomLink, runner: Runner, desk: RoleDesk): void {
  const seats = new Map<string, Seat>();
  const badge = h('div', { class: 'qm-room-badge', 'data-testid': 'room-badge', role: 'status' });
  document.body.append(badge);
  const ws = roomSocket(link);
  const send = (m: FromHost): void => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m));
  };
  const tell = (to: string, message: ToPlayer): void => send({ type: 'send', to, message });
  const orgName = (code: string): string => desk.names()(code);

  const drawBadge = (): void => {
    const players = [...seats].map(([code, s]) => `${s.name} (${orgName(code)}${s.present ? '' : ', left'})`);
    badge.textContent = `Room ${link.room} · ${players.length ? players.join(' · ') : 'no players yet'}`;
    badge.dataset.players = String([...seats.values()].filter((s) => s.present).length);
  };
  drawBadge();

  desk.defaultLimit = ROOM_TIME_LIMIT;
  desk.remote = {
    holds: (code) => seats.has(code),
    who: (code) => `${seats.get(code)?.name ?? 'the player'} at ${orgName(code)}`,
    send: (d, deadline) => {
      const names: Record<string, string> = { [d.holder]: orgName(d.holder) };
      for (const v of Object.values(d.facts))
        if (typeof v === 'string') for (const c of v.split(/,\s*/)) if (orgName(c) !== c) names[c] = orgName(c);
      tell(d.holder, { type: 'card', card: d as never, deadline, startYear: desk.startYear(), names });
      if (!seats.get(d.holder)?.present) desk.limitWaiting(ROOM_TIME_LIMIT);
    },
  };
  desk.onDecided = (d: DecisionRequest) => {
    const seat = seats.get(d.holder);
    if (!seat) return;
    tell(d.holder, { type: 'decided', key: d.key, text: `Decided: ${DECISION_KINDS[d.kind]?.title ?? d.kind}.` });
    if (!seat.present) void release(d.holder);
  };

  /** A departed player's seat goes back to the model. */
  async function release(code: string): Promise<void> {
    seats.delete(code);
    drawBadge();
    try {
      await desk.handBack(code);
    } catch (e) {
      notify(`The seat of ${orgName(code)} could not be handed back: ${errorText(e)}`, 'error');
    }
  }

  const organisations = (): void => {
    const list = (runner.catalogue?.nodes ?? [])
      .filter((n) => n.kind !== 'practice')
      .map((n) => ({ code: n.id, name: n.name, kind: n.kind }));
    // Before the run has loaded there is nothing to offer (and nothing to refuse a claim by).
    if (list.length) send({ type: 'organisations', list });
  };
  runner.onCatalogue(organisations);

  // Players see where the run is, at most once a second.
  const status = throttle(() => {
    const f = runner.frame;
    if (!f) return;
    const waiting = desk.waiting;
    const why = waiting ? ` · waiting for ${orgName(waiting.holder)}` : runner.playing ? ' · playing' : ' · paused';
    tell('*', { type: 'status', text: `${f.dateLabel}${f.finished ? ' · the run has ended' : why}` });
  }, 1000);
  runner.onFrame(status);
  runner.onState(status);

  ws.addEventListener('open', organisations);
  ws.addEventListener('close', () => {
    notify(`Room ${link.room} is closed: the room server is not reachable. The run goes on here.`, 'error');
    badge.textContent = `Room ${link.room} · disconnected`;
  });
  ws.addEventListener('message', (e) => {
    const m = readMessage(String(e.data));
    if (!m) return;
    if (m.type === 'refused') notify(String(m.text), 'error');
    else if (m.type === 'joined') void joined(String(m.seat), String(m.name));
    else if (m.type === 'left') left(String(m.seat));
    else if (m.type === 'answer') void answered(String(m.seat), String(m.key), m.value as number | string);
  });

  async function joined(code: string, name: string): Promise<void> {
    const back = seats.get(code);
    try {
      if (!back) await desk.take(code);
    } catch (e) {
      send({ type: 'refuse', seat: code, text: `This seat cannot be taken: ${errorText(e)}` });
      return;
    }
    seats.set(code, { name, present: true });
    drawBadge();
    const s = runner.scenario;
    tell(code, { type: 'welcome', seat: code, name: orgName(code), run: s?.name ?? s?.id ?? s?.regime ?? '' });
    notify(`${name} ${back ? 'is back at' : 'joined as'} ${orgName(code)}.`);
    const d = desk.waiting;
    if (d?.holder === code) desk.remote!.send(d, desk.deadlineAt);
  }

  function left(code: string): void {
    const seat = seats.get(code);
    if (!seat) return;
    seat.present = false;
    drawBadge();
    if (desk.waiting?.holder === code) {
      desk.limitWaiting(ROOM_TIME_LIMIT);
      notify(
        `${seat.name} left while deciding for ${orgName(code)}: the model’s suggestion is taken when the card’s time runs out, unless they come back.`,
      );
    } else {
      notify(`${seat.name} left; the model takes ${orgName(code)}’s decisions again.`);
      void release(code);
    }
  }

  async function answered(code: string, key: string, value: number | string): Promise<void> {
    const d = desk.waiting;
    if (!d || d.holder !== code || d.key !== key) {
      tell(code, {
        type: 'notice',
        text: 'That decision is no longer waiting (already answered or out of date); the run goes on.',
        tone: 'error',
      });
      return;
    }
    try {
      await desk.answer(key, value);
    } catch (e) {
      tell(code, { type: 'notice', text: `Your answer was refused: ${errorText(e)}`, tone: 'error' });
    }
  }
}
