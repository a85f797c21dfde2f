// The part of the Model's public API the engine reads (frames, inspector, feed). Written
// structurally so the engine's pieces can be tested on any object with this shape.
import type { EventLog } from '../model/events';
import type { Regime, RegimeId } from '../model/regimes';
import type { Scenario } from '../model/scenario';
import type { YearMetrics } from '../model/metrics';
import type { ParamValues } from '../model/params';
import type {
  Alliance,
  Commissioner,
  Contract,
  Negotiation,
  Practice,
  Provider,
  Relationship,
  Tender,
} from '../model/types';

export interface SimModel {
  step(): void;
  stepYear(): void;
  applyReform(regime: RegimeId): void;
  setParam(id: string, value: number): void;
  readonly finished: boolean;
  readonly tick: number;
  readonly year: number;
  readonly week: number;
  readonly financialYear: string;
  dateLabel(): string;
  readonly regime: Regime;
  readonly params: ParamValues;
  readonly scenario: Scenario;
  /** Areas (ICS footprints) with their names, when the model has them. */
  readonly areas?: { id: number; name: string }[];
  /** Regimes in force over the run: the starting one at tick 0, then each reform. */
  readonly reforms?: readonly { tick: number; regime: RegimeId }[];
  readonly commissioners: Commissioner[];
  readonly providers: Provider[];
  readonly practices: Practice[];
  readonly contracts: Contract[];
  readonly tenders: Tender[];
  readonly alliances: Alliance[];
  readonly negotiations: Map<number, Negotiation>;
  relationship(commissionerId: number, providerId: number): Relationship | undefined;
  readonly events: EventLog;
  readonly yearly: YearMetrics[];
  weekly(): {
    spendAcute: number;
    spendCommunity: number;
    spendMentalHealth: number;
    spendPrimary: number;
    transactionCost: number;
    arbitrations: number;
    tenders: number;
    meanTrust: number;
    providersInDeficit: number;
  };
  readonly history: {
    provider(id: number): readonly { year: number; surplus: number; cash: number; quality: number }[];
    commissioner(id: number): readonly { year: number; balance: number; orientation: number }[];
  };
}
