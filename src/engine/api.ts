// The contract between the engine (in a Web Worker) and the screen. The worker sends
// compact frames (typed arrays plus short event lists); the UI asks for details on demand.
import type { RegimeId } from '../model/regimes';
import type { ScaleId } from '../model/scales';
import type { Scenario, StoryChapter } from '../model/scenario';
import type { YearMetrics } from '../model/metrics';
import type { OrganisationTableRow } from './organisation-table';
import type { Answer, DecisionRequest } from '../model/decisions';
import type { Inject } from '../model/injects';
import type { Intervention } from './interventions';
import type { Debrief } from './debrief';

/** A played run as saved: scenario, what was done and the players' answers (enough to replay it). */
export interface SavedRole {
  scenario: Scenario;
  interventions: Intervention[];
  decisions: { key: string; answer: Answer }[];
}
export type { Answer, DecisionRequest, Inject, Intervention, Debrief };

/** Node kinds, in the order of the legend. */
export const NODE_KINDS = [
  'commissioner',
  'acute',
  'community',
  'mental-health',
  'isp',
  'gp-federation',
  'practice',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Relationship state of a contract edge (index into this list travels in edgeState). */
export const EDGE_STATES = [
  'agreed',
  'negotiating',
  'tendering',
  'alliance',
  'dispute',
  'arbitration',
  'membership',
  'referral',
  // A challenger's bid in an open tender (commissioner → bidder), appended so indices above hold.
  'bid',
] as const;
export type EdgeState = (typeof EDGE_STATES)[number];

/** Node flags (bit mask in nodeFlags). */
export const NODE_FLAG = { inactive: 1, deficit: 2, failed: 4, bailedOut: 8, selected: 16 } as const;

export interface NodeInfo {
  /** Stable index into the frame's node arrays for as long as structureVersion holds. */
  index: number;
  /** Organisation code, e.g. "C0012", "P0045", "G01234". */
  id: string;
  name: string;
  kind: NodeKind;
  area: number;
  areaName: string;
  /** ODS code of the area's real ICB footprint (e.g. "QYG"), or null in a fictional area. */
  areaCode: string | null;
  /** NHS England region of that footprint (its name), or null. */
  region: string | null;
}

/** An area of the run: a real ICB footprint (with its codes and region) or a fictional one. */
export interface AreaInfo {
  index: number;
  name: string;
  /** ODS code of the ICB footprint, or null for a fictional area. */
  code: string | null;
  /** NHS England region: its name and ODS code (null for a fictional area). */
  region: string | null;
  regionCode: string | null;
}

/** The England map under a run made of real footprints. */
export interface Geography {
  map: EnglandMap;
  /** World units per map unit (km): the network's layout and the map share one space. */
  worldPerKm: number;
  /** Codes of the footprints the run is made of, in area order (the others are drawn as context). */
  footprints: string[];
  /** The footprint the run is anchored on (scenario `area`, an ICB code): the view opens centred on it. */
  anchor: string | null;
}

export interface Catalogue {
  structureVersion: number;
  nodes: NodeInfo[];
  /** Area names, by area index. */
  areas: string[];
  /** The same areas with their codes and regions. */
  areaInfo: AreaInfo[];
  /** The map to draw under the network, or null for fictional areas. */
  geography: Geography | null;
}

/** Colour groups of events (the feed's stripes and filters, the pulses on the network). */
export const TONES = ['info', 'tender', 'dispute', 'alliance', 'finance', 'reform'] as const;
export type Tone = (typeof TONES)[number];

export interface FeedItem {
  id: number;
  tick: number;
  type: string;
  /** Plain English, e.g. "Northfield CCG took Riverside Acute Trust to arbitration…". */
  text: string;
  /** Node indices involved (for highlighting and flashing on the network). */
  nodes: number[];
  tone: Tone;
  /** What the decision compared, in a sentence (consequential events only). */
  why: string | null;
  /** The event that led to this one, if any ("why?" walks these back to the root). */
  cause: number | null;
}

export interface WeeklyPoint {
  tick: number;
  spendAcute: number;
  spendCommunity: number;
  spendMentalHealth: number;
  spendPrimary: number;
  transactionCost: number;
  arbitrations: number;
  tenders: number;
  meanTrust: number;
  providersInDeficit: number;
}

export interface Frame {
  tick: number;
  year: number;
  week: number;
  financialYear: string;
  /** e.g. "Wk 29 · 14 Oct 2013". */
  dateLabel: string;
  regime: RegimeId;
  finished: boolean;
  /**
   * Which course of the run this frame belongs to: a rewind starts a new one, and the screen then
   * drops events and weekly points after `tick`; the first frame of a course carries all its years.
   */
  epoch: number;
  structureVersion: number;
  nodeCount: number;
  /** Target layout positions in world units; the renderer eases toward them. */
  nodeX: Float32Array;
  nodeY: Float32Array;
  /** Radius in world units (budget or capacity, via d3-scale). */
  nodeSize: Float32Array;
  nodeKind: Uint8Array;
  nodeFlags: Uint8Array;
  edgeCount: number;
  edgeSrc: Uint32Array;
  edgeDst: Uint32Array;
  /** Index into EDGE_STATES. */
  edgeState: Uint8Array;
  /** Contract value (£m) for contracts, list share for membership, referral share. */
  edgeWeight: Float32Array;
  events: FeedItem[];
  weekly: WeeklyPoint;
  /** Every week stepped since the previous frame, oldest first, `weekly` last (charts draw each week even at full speed). */
  weeklyTrail: WeeklyPoint[];
  /** Rows completed since the previous frame (usually empty; one at each year end). */
  newYears: YearMetrics[];
  reforms: { tick: number; regime: RegimeId }[];
  /** A decision waiting for the player holding the seat (the run holds until it is answered). */
  decision: DecisionRequest | null;
}

export interface Inspection {
  index: number;
  id: string;
  name: string;
  kind: NodeKind;
  areaName: string;
  /** Key facts as label/value pairs in display order (already formatted). */
  facts: [string, string][];
  contracts: {
    counterpart: string;
    counterpartIndex: number;
    valueM: number;
    form: string;
    state: EdgeState;
    trust: number;
  }[];
  /** Year-end history for charts. */
  history: {
    year: number;
    trust: number | null;
    surplusM: number | null;
    cashM: number | null;
    balanceM: number | null;
  }[];
  recentEvents: FeedItem[];
}

/** Which organisations the network shows: null shows every kind or area, new ones included. */
export interface NetworkFilter {
  kinds: NodeKind[] | null;
  areas: number[] | null;
}

export interface SessionApi {
  /** (Re)starts the run; returns the catalogue of organisations. */
  load(scenario: Scenario): Promise<Catalogue> | Catalogue;
  /**
   * Advances up to `weeks` weeks (stops at the end of the run, or after `maxMs` of work so
   * "as fast as it goes" still sends frames often) and returns a frame.
   */
  step(weeks: number, maxMs?: number): Promise<Frame> | Frame;
  /** The current state as a frame, without stepping. */
  frame(): Promise<Frame> | Frame;
  /** Goes back (or forward) to a week of the run and returns its frame; play continues from there. */
  seek(week: number): Promise<Frame> | Frame;
  /** Weeks a seek returns to without re-simulating (the timeline's marks). */
  checkpointWeeks(): Promise<number[]> | number[];
  /**
   * An event and its causes back to the root, newest first ("why?"). Events older than the
   * app's window (APP_EVENT_LIMIT) are no longer known: the chain then stops early.
   */
  why(eventId: number): Promise<FeedItem[]> | FeedItem[];
  // ---- play a role (docs: README "Play a role") ----
  /** Takes (held = true) or hands back an organisation's decisions, by its code, from this week. */
  seat(code: string, held: boolean): Promise<void> | void;
  /** Codes of the organisations players hold now. */
  seats(): Promise<string[]> | string[];
  /** Answers the decision waiting (frame.decision) by its key; a stale or malformed answer throws. */
  answer(key: string, value: Answer): Promise<void> | void;
  /** A facilitator's inject, now (checked; a bad one throws with the reason). */
  inject(inject: Inject): Promise<void> | void;
  /** What was done to the run (reforms, parameters, seats, injects), with weeks. */
  interventions(): Promise<Intervention[]> | Intervention[];
  /** The players' answers, in order. */
  decisionLog(): Promise<{ key: string; answer: Answer }[]> | { key: string; answer: Answer }[];
  /** Restarts the run and replays a saved one (same scenario) without asking. */
  replay(saved: SavedRole): Promise<void> | void;
  /** The players' run against the model's own on the same seed. */
  debrief(): Promise<Debrief> | Debrief;
  /** Applies another regime now (or at the next week). */
  reform(regime: RegimeId): Promise<void> | void;
  setParam(id: string, value: number): Promise<void> | void;
  catalogue(): Promise<Catalogue> | Catalogue;
  inspect(index: number): Promise<Inspection | null> | Inspection | null;
  yearly(): Promise<YearMetrics[]> | YearMetrics[];
  /** One row per organisation (the organisation table). */
  organisations(): Promise<OrganisationTableRow[]> | OrganisationTableRow[];
  scenario(): Promise<Scenario> | Scenario;
}

export type { RegimeId, ScaleId, Scenario, StoryChapter, YearMetrics, OrganisationTableRow };

/** What the app shell (src/main.ts) gives the panels in src/ui (inspector, feed, charts…). */
export interface UiContext {
  /** The worker's session, through comlink (every call is async). */
  api: { [K in keyof SessionApi]: (...args: Parameters<SessionApi[K]>) => Promise<Awaited<ReturnType<SessionApi[K]>>> };
  onFrame(cb: (f: Frame) => void): () => void;
  onCatalogue(cb: (c: Catalogue) => void): () => void;
  current(): { frame: Frame | null; catalogue: Catalogue | null; scenario: Scenario };
  /** Selects an organisation (opens the inspector, highlights it on the network). */
  select(index: number | null): void;
  onSelect(cb: (index: number | null) => void): () => void;
  /** Restarts the run on another scenario (the address follows). */
  restart(scenario: Scenario): Promise<void>;
  /** Shows only these kinds and areas. */
  setFilter(filter: NetworkFilter): void;
  /** Pans and zooms the network to an organisation. */
  focus(index: number): void;
  /** Flies the network's view to an area (its footprint on the map). */
  focusArea(area: number): void;
  /** Shows a message to the user (errors, bad files). */
  notify(message: string, tone?: 'info' | 'error'): void;
  /** Play a role: the organisations players hold, taken or handed back from the inspector or a table row. */
  seats: SeatDesk;
}

/** The seats players hold (README "Play a role"); the app shell keeps them in step with the run. */
export interface SeatDesk {
  /** Codes of the organisations held now. */
  held(): readonly string[];
  /** Takes an organisation's decisions from this week (its cards then ask the player). */
  take(code: string): Promise<void>;
  /** Hands an organisation's decisions back to the model from this week. */
  handBack(code: string): Promise<void>;
  /** Told when the seats held change. */
  onChange(cb: () => void): () => void;
}

/** What the worker exposes: the session plus a hook for robustness tests. */
export interface WorkerApi extends SessionApi {
  /** Throws an uncaught error inside the worker (tests that errors reach the user). */
  debugCrash(): void;
}

/** The England map (outline, footprints, regions in map units) that the catalogue carries to the renderer. */
export type { Box, EnglandMap, MapFootprint, MapRegion, MultiPolygon, Point } from './geo/types';
import type { EnglandMap } from './geo/types';
