// Fictional but English-sounding names, drawn deterministically, never repeated in a run.
import type { Rng } from './rng';

const HEADS = [
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Kings',
  'Queens',
  'Market',
  'Long',
  'Great',
  'Little',
  'Old',
  'New',
  'High',
  'Nether',
  'Church',
  'Castle',
  'Bridge',
  'Brook',
  'Oak',
  'Ash',
  'Elm',
  'Willow',
  'Thorn',
  'Holm',
  'Stan',
  'Red',
  'Black',
  'White',
  'Green',
  'Hazel',
  'Alder',
  'Birch',
  'Fern',
  'Heath',
  'Moor',
  'Marsh',
  'River',
  'Stone',
  'Mill',
  'Wood',
  'Hay',
  'Barn',
  'Wick',
  'Lang',
  'Sand',
  'Clay',
  'Cold',
  'Fair',
  'Bright',
  'Shep',
  'Bram',
  'Rad',
  'Wal',
  'Ather',
];
const TAILS = [
  'field',
  'ford',
  'bridge',
  'ham',
  'ton',
  'wick',
  'bury',
  'worth',
  'stead',
  'combe',
  'ley',
  'dale',
  'thorpe',
  'by',
  'minster',
  'well',
  'mouth',
  'port',
  'cester',
  'borough',
  'hurst',
  'den',
  'more',
  'gate',
  'side',
  'holme',
  'wood',
  'church',
  'marsh',
  'haven',
];
const PRACTICE_KINDS = [
  'Surgery',
  'Medical Centre',
  'Health Centre',
  'Medical Practice',
  'Family Practice',
  'Group Practice',
];
const PRACTICE_STREETS = [
  'Park',
  'Station',
  'Church',
  'Mill',
  'Victoria',
  'Albert',
  'London',
  'Market',
  'Grove',
  'Orchard',
  'Valley',
  'Meadow',
  'Priory',
  'Abbey',
  'Riverside',
  'Castle',
  'Harbour',
  'Chapel',
  'Green',
  'Manor',
];
const ISP_BRANDS = [
  'Meridian',
  'Aspen',
  'Kestrel',
  'Harbour',
  'Beacon',
  'Cedar',
  'Summit',
  'Lark',
  'Sterling',
  'Northgate',
  'Everwell',
  'Clearview',
  'Oakhurst',
  'Pinnacle',
  'Bluebell',
  'Horizon',
];
const ISP_KINDS = ['Healthcare', 'Surgical Centre', 'Diagnostics', 'Clinics', 'Treatment Centre', 'Community Care'];

export class Namer {
  private used = new Set<string>();
  private nextNumber = new Map<string, number>();
  constructor(private readonly rng: Rng) {}

  private unique(make: () => string): string {
    for (let i = 0; i < 40; i++) {
      const n = make();
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
    const base = make();
    // Numbered names for a crowded base continue where the last one stopped (all below are taken).
    let k = this.nextNumber.get(base) ?? 2;
    while (this.used.has(`${base} ${k}`)) k++;
    this.nextNumber.set(base, k + 1);
    const n = `${base} ${k}`;
    this.used.add(n);
    return n;
  }

  place(): string {
    return this.unique(() => {
      const h = this.rng.pick(HEADS);
      const t = this.rng.pick(TAILS);
      return h + t;
    });
  }

  practice(): string {
    return this.unique(() =>
      this.rng.chance(0.5)
        ? `${this.rng.pick(PRACTICE_STREETS)} ${this.rng.pick(['Road', 'Street', 'Lane', 'View', 'House'])} ${this.rng.pick(PRACTICE_KINDS)}`
        : `${this.rng.pick(HEADS)}${this.rng.pick(TAILS)} ${this.rng.pick(PRACTICE_KINDS)}`,
    );
  }

  isp(place: string): string {
    return this.unique(() => `${this.rng.pick(ISP_BRANDS)} ${this.rng.pick(ISP_KINDS)} ${place}`);
  }

  exact(name: string): string {
    return this.unique(() => name);
  }
}
