// Scenario: what a run is (regime, scale, seed, years, parameter overrides, reforms).
import type { RegimeId } from './regimes';
import type { ScaleId } from './scales';

export interface ReformSpec {
  regime: RegimeId;
  /** Simulated year (1 = first) at whose start the reform applies. */
  year: number;
}

export interface Scenario {
  id?: string;
  name?: string;
  description?: string;
  regime: RegimeId;
  scale: ScaleId;
  seed: number;
  years: number;
  params?: Record<string, number>;
  reforms?: ReformSpec[];
}
