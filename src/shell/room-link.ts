// Room mode in the address: ?room=ABCD&host=1 (the facilitator's screen, which runs the
// simulation) or ?room=ABCD[&seat=CODE] (a player's). The socket goes back to the page's own
// server (the room server serves the app), so the Content-Security-Policy's 'self' covers it.
import { ROOM_PATH, SEAT_CODE } from '../room/protocol';

export interface RoomLink {
  room: string;
  host: boolean;
  seat: string | null;
}

/** The room the address names, or null; a malformed one is named in `problem`. */
export function readRoomLink(search: string): { link: RoomLink | null; problem: string | null } {
  const q = new URLSearchParams(search);
  const room = q.get('room');
  if (room === null) return { link: null, problem: null };
  if (!/^[A-Za-z0-9-]{1,20}$/.test(room))
    return { link: null, problem: `Bad room "${room.slice(0, 24)}" in the address: expected letters and digits.` };
  const seat = q.get('seat');
  const badSeat = seat !== null && !SEAT_CODE.test(seat);
  return {
    link: { room, host: q.get('host') === '1', seat: badSeat ? null : seat },
    problem: badSeat ? `Bad seat "${seat!.slice(0, 24)}" in the address: choose an organisation instead.` : null,
  };
}

export function roomSocket(link: RoomLink): WebSocket {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const role = link.host ? 'host' : 'player';
  return new WebSocket(`${scheme}://${location.host}${ROOM_PATH}?room=${encodeURIComponent(link.room)}&role=${role}`);
}
