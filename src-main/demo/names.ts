import type { Phase, YearGroup } from '../../src-shared/domain/enums';
import type { Random } from './random';

// Obviously fictional names: whimsical invented words, so no school, place or person in the demo
// could be mistaken for a real one.

const PLACE_FIRST = [
  'Puddleby',
  'Crumpet',
  'Thimble',
  'Marmalade',
  'Teacup',
  'Kettlewhistle',
  'Pumpernickel',
  'Jellybean',
  'Biscuit',
  'Custard',
  'Wobblebury',
  'Snickerwood',
  'Doodlecombe',
  'Fiddlesticks',
  'Gingersnap',
  'Bumblefoot',
  'Hobnob',
  'Noodleford',
  'Parsnip',
  'Quibble',
  'Rumbletum',
  'Sprocket',
  'Tiddlywink',
  'Umbrella',
  'Velveteen',
  'Whiskerby',
  'Yodelling',
  'Zigzag',
  'Buttonhook',
  'Candlewick',
  'Dumpling',
  'Featherfall',
  'Gobstopper',
  'Hullabaloo',
  'Inkpot',
  'Jamjar',
  'Kipper',
  'Lollipop',
  'Moonbeam',
  'Nutmeg',
  'Oddsock',
  'Pancake',
  'Quillon',
  'Ragamuffin',
  'Scallywag',
  'Toffee',
  'Uppity',
  'Wafflebury',
] as const;

const PLACE_SECOND = [
  'Lane',
  'Hollow',
  'Green',
  'Meadow',
  'Vale',
  'Brook',
  'Hill',
  'Park',
  'Fields',
  'Common',
  'Dell',
  'Gate',
  'Bridge',
  'Orchard',
  'Wharf',
  'Heath',
  'Rise',
  'End',
  'Cross',
  'Nook',
] as const;

const SCHOOL_KINDS: Record<Phase, readonly string[]> = {
  early_years: ['Nursery School', 'Nursery and Children’s Centre', 'Early Years Centre'],
  primary: [
    'Primary School',
    'Primary Academy',
    'Infant School',
    'Junior School',
    'C of E Primary School',
    'Community Primary School',
  ],
  secondary: ['High School', 'Academy', 'Secondary School', 'Community College', 'School of Mathematics and Arts'],
  all_through: ['All-Through School', 'All-Through Academy'],
  special: ['Special School', 'Learning Centre'],
  post_16: ['Sixth Form College'],
  cross_phase: ['Primary School', 'High School'],
};

const YEAR_GROUPS_OF: Record<Phase, YearGroup[]> = {
  early_years: ['nursery', 'reception'],
  primary: ['reception', 'y1', 'y2', 'y3', 'y4', 'y5', 'y6'],
  secondary: ['y7', 'y8', 'y9', 'y10', 'y11', 'y12', 'y13'],
  all_through: ['reception', 'y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8', 'y9', 'y10', 'y11'],
  special: ['y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8', 'y9', 'y10', 'y11'],
  post_16: ['y12', 'y13'],
  cross_phase: ['y5', 'y6', 'y7', 'y8'],
};

/** Some kinds of school teach only part of their phase: an infant school has no Year 4. */
const KIND_YEARS: Record<string, YearGroup[]> = {
  'Infant School': ['reception', 'y1', 'y2'],
  'Junior School': ['y3', 'y4', 'y5', 'y6'],
};

const kindOf = (phase: Phase, name: string) => SCHOOL_KINDS[phase].find((kind) => name.endsWith(` ${kind}`));
const yearsOfKind = (phase: Phase, kind: string | undefined) => (kind && KIND_YEARS[kind]) || YEAR_GROUPS_OF[phase];

/** The classes a school of this name teaches. */
export const yearsOfSchool = (phase: Phase, name: string): YearGroup[] => yearsOfKind(phase, kindOf(phase, name));

const SURNAME_START = [
  'Quill',
  'Pudding',
  'Wobble',
  'Snickle',
  'Bramble',
  'Fizzle',
  'Tumble',
  'Muddle',
  'Pickle',
  'Crinkle',
  'Jumble',
  'Noodle',
  'Sprout',
  'Dapple',
  'Fumble',
  'Gribble',
  'Hoddle',
  'Jingle',
  'Kerfuffle',
  'Limpet',
  'Mumble',
  'Niggle',
  'Pootle',
  'Rattle',
  'Scribble',
  'Tinkle',
  'Waffle',
  'Zoodle',
] as const;
const SURNAME_END = [
  'worth',
  'wick',
  'bottom',
  'sprocket',
  'pott',
  'kettle',
  'button',
  'whistle',
  'muffin',
  'sock',
  'crumb',
  'bury',
  'ington',
  'feather',
  'berry',
  'stamp',
] as const;
const TITLES = ['Ms', 'Mr', 'Mrs', 'Miss', 'Mx', 'Dr'] as const;
const TITLE_WEIGHTS = [30, 25, 20, 12, 3, 2];

export class NameMaker {
  private readonly usedSchools = new Set<string>();
  private readonly usedPeople = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A school name used nowhere else in the workspace, of a kind that teaches at least one of these classes. */
  school(phase: Phase, classes: readonly YearGroup[]): string {
    const fitting = SCHOOL_KINDS[phase].filter((kind) => yearsOfKind(phase, kind).some((y) => classes.includes(y)));
    const kinds = fitting.length ? fitting : SCHOOL_KINDS[phase];
    for (let attempt = 0; ; attempt += 1) {
      const base = `${this.random.pick(PLACE_FIRST)} ${this.random.pick(PLACE_SECOND)}`;
      // Once the plain names run short, add a compass point, as real towns do.
      const compass = attempt > 20 ? `${this.random.pick(['North', 'South', 'East', 'West', 'Upper', 'Lower'])} ` : '';
      const name = `${compass}${base} ${this.random.pick(kinds)}`;
      if (!this.usedSchools.has(name)) {
        this.usedSchools.add(name);
        return name;
      }
    }
  }

  private title(): string {
    let roll = this.random.int(
      1,
      TITLE_WEIGHTS.reduce((a, b) => a + b, 0),
    );
    for (let i = 0; i < TITLES.length; i += 1) {
      roll -= TITLE_WEIGHTS[i]!;
      if (roll <= 0) return TITLES[i]!;
    }
    return 'Ms';
  }

  private surname(): string {
    const end = this.random.pick(SURNAME_END);
    const plain = `${this.random.pick(SURNAME_START)}${end}`;
    // A few double-barrelled names, as in any staffroom.
    return this.random.chance(0.1) ? `${this.random.pick(SURNAME_START)}-${plain}` : plain;
  }

  /** A teacher or leader, e.g. "Ms Quillworth"; unique while the plain names last. */
  person(): string {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const name = `${this.title()} ${this.surname()}`;
      if (!this.usedPeople.has(name)) {
        this.usedPeople.add(name);
        return name;
      }
    }
    return `${this.title()} ${this.surname()}`;
  }
}
