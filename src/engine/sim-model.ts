// The part of the Model the engine reads to step a run and pack frames, feed items and
// inspections. Types come from the Model itself; the list says what the engine depends on.
import type { Model } from '../model/model';

export type SimModel = Pick<
  Model,
  | 'step'
  | 'applyReform'
  | 'setParam'
  | 'finished'
  | 'tick'
  | 'year'
  | 'week'
  | 'financialYear'
  | 'dateLabel'
  | 'regime'
  | 'areas'
  | 'reforms'
  | 'commissioners'
  | 'providers'
  | 'practices'
  | 'contracts'
  | 'tenders'
  | 'alliances'
  | 'negotiations'
  | 'relationship'
  | 'events'
  | 'yearly'
  | 'weekly'
  | 'history'
>;
