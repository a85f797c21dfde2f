// Room mode's messages (README "Room mode"): the facilitator's browser hosts the run, players'
// browsers join by URL, and the room server relays between them. Plain JSON over one WebSocket
// each; no imports, so the Node server and the browser share it without sharing anything else.

export const ROOM_PATH = '/room';
/** Largest message the server accepts (a card with its facts is a few kB). */
export const MAX_MESSAGE = 64 * 1024;
/** Organisation codes as the model writes them. */
export const SEAT_CODE = /^[A-Za-z0-9_-]{1,20}$/;

/** A decision card as it travels (the engine's DecisionRequest, relayed as it is). */
export interface RoomCard {
  key: string;
  holder: string;
  kind: string;
  [field: string]: unknown;
}

export interface Organisation {
  code: string;
  name: string;
  kind: string;
}

/** What the host's screen tells one player (or all, with to: '*'). */
export type ToPlayer =
  | { type: 'welcome'; seat: string; name: string; run: string }
  | {
      type: 'card';
      card: RoomCard;
      /** When the suggestion is taken (ms since the epoch), or null. */
      deadline: number | null;
      startYear: number;
      /** Names of the organisations the card mentions, by code. */
      names: Record<string, string>;
    }
  | { type: 'decided'; key: string; text: string }
  | { type: 'notice'; text: string; tone: 'info' | 'error' }
  | { type: 'status'; text: string };

/** Host → server. */
export type FromHost =
  | { type: 'organisations'; list: Organisation[] }
  | { type: 'send'; to: string; message: ToPlayer }
  /** The host could not seat this player: the server tells them and frees the seat. */
  | { type: 'refuse'; seat: string; text: string };

/** Server → host. */
export type ToHost =
  | { type: 'hello'; room: string }
  | { type: 'joined'; seat: string; name: string }
  | { type: 'left'; seat: string }
  | { type: 'answer'; seat: string; key: string; value: number | string };

/** Player → server. */
export type FromPlayer =
  { type: 'claim'; seat: string; name: string } | { type: 'answer'; key: string; value: number | string };

/** Server → player (besides what the host sends them). */
export type ToPlayerFromServer =
  | { type: 'organisations'; list: Organisation[] }
  | { type: 'claimed'; seat: string }
  | { type: 'refused'; text: string }
  | { type: 'host-left' }
  | { type: 'waiting-host' };

/** Reads a message as JSON with a string `type`, or null. */
export function readMessage(data: string): ({ type: string } & Record<string, unknown>) | null {
  if (data.length > MAX_MESSAGE) return null;
  try {
    const m: unknown = JSON.parse(data);
    return m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string'
      ? (m as { type: string } & Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
