// The model's public face: what the doors (CLI, validation, app shell, panels) may use.
// The engine may read deeper (entities, events) to pack frames; nothing else should.
export { Model, type ModelOptions } from './model';
export {
  parseScenario,
  scenarioSchema,
  scenarioJsonSchema,
  SCENARIO_DEFAULTS,
  timelineRegimeAt,
  MAX_SEED,
  MAX_YEARS,
  type Scenario,
  type ReformSpec,
  type StoryChapter,
  type ParseResult,
} from './scenario';
export {
  PARAMETERS,
  paramSpec,
  checkParam,
  defaultParams,
  resolveParams,
  type ParamSpec,
  type ParamValues,
} from './params';
export { REGIMES, REGIME_IDS, isRegimeId, type Regime, type RegimeId } from './regimes';
export { SCALES, SCALE_IDS, isScaleId, type ScaleId, type ScaleSpec } from './scales';
export { YEAR_COLUMNS, RELATIONSHIP_COLUMNS, type YearMetrics, type RelationshipRow } from './metrics';
export { EVENT_TYPES, type EventType, type ModelEvent } from './events';
export { runSeed, Rng, hash32 } from './rng';
export { SERVICE_LINES, type ServiceLine } from './types';
export { project } from './england/projection';
export { ENGLAND_TIMELINE, ENGLAND_TIMELINE_FILE } from './timeline/england';
export {
  readTimeline,
  timelineFileSchema,
  yearRange,
  type Timeline,
  type TimelineEvent,
  type TimelineFile,
} from './timeline/format';
export { SERIES, seriesSpec, type SeriesSpec, type SeriesValue } from './timeline/series';
export {
  FOOTPRINTS,
  REGIONS,
  FOOTPRINT_ATTRIBUTION,
  footprintByCode,
  regionOf,
  type Footprint,
  type Region,
} from './england/footprints';
