import type { YearGroup } from '../../src-shared/domain/enums';
import { YEAR_GROUP } from '../../src-shared/domain/enums';
import { ATTITUDES, CHANGE_NOTES, DESIRED_CHANGES, END_PORTRAITS, PROFILES, TRAITS } from './children';
import type { Random } from './random';
import type { DemoReading } from './readings';
import type { Theme } from './themes';
import {
  COLLEAGUE_ROLES,
  GENERIC_QUOTES,
  JOURNAL_ACTIONS,
  JOURNAL_NEXT_STEPS,
  JOURNAL_NOTICINGS,
  JOURNAL_OPENERS,
  JOURNAL_REFLECTIONS,
  OBSERVATION_NOTES,
  VOICE_CONTEXTS,
  WORK_SAMPLE_OUTCOMES,
} from './voice';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type Stage = 'early' | 'middle' | 'late';
export type Judgement = 1 | 2 | 3 | 4 | 5;

/** What a text may mention besides the theme: a child, a class, a reading. */
export interface Mentions {
  code?: string;
  yearGroup?: YearGroup;
  reading?: DemoReading;
}

/** Writes in a Work Group's voice: every choice comes from the seeded stream, so the same seed writes the same words. */
export class Writer {
  constructor(
    private readonly random: Random,
    readonly theme: Theme,
  ) {}

  /** Fills {placeholders}; one choice per placeholder per text, so a text stays about one thing. */
  fill(template: string, mentions: Mentions = {}): string {
    const chosen = new Map<string, string>();
    const value = (key: string): string => {
      const known = chosen.get(key);
      if (known !== undefined) return known;
      const made = this.make(key, mentions);
      chosen.set(key, made);
      return made;
    };
    let text = template;
    // Quotes may hold placeholders of their own, so go round until none are left.
    for (let pass = 0; pass < 3 && text.includes('{'); pass += 1) {
      text = text.replace(/\{(\w+)\}/g, (_, key: string) => value(key));
    }
    return text;
  }

  private make(key: string, m: Mentions): string {
    const t = this.theme;
    switch (key) {
      case 'rep':
        return this.random.pick(t.reps);
      case 'example':
        return this.example(m.yearGroup);
      case 'misc':
        return this.random.pick(t.misconceptions);
      case 'stem':
        return this.random.pick(t.stems);
      case 'focus':
        return t.focus;
      case 'yg':
        return m.yearGroup ? YEAR_GROUP.labels[m.yearGroup] : 'my class';
      case 'code':
        return m.code ?? 'one of my focus children';
      case 'colleague':
        return this.random.pick(COLLEAGUE_ROLES);
      case 'reading':
        return m.reading?.short ?? 'the reading from the last meeting';
      case 'idea':
        return m.reading?.idea ?? 'small steps and careful questioning';
      case 'quote':
        return this.quote();
      default:
        return key;
    }
  }

  /** Work that fits the class: without a class, work that fits every class of the theme. */
  example(yearGroup: YearGroup | undefined): string {
    const year = yearGroup ? YEAR_GROUP.values.indexOf(yearGroup) : -1;
    const fitting = this.theme.examples.flatMap((e) =>
      typeof e === 'string' ? [e] : year >= YEAR_GROUP.values.indexOf(e.from) ? [e.text] : [],
    );
    return this.random.pick(fitting);
  }

  /** Something a pupil said, most often about a change in their thinking. */
  quote(): string {
    if (this.random.chance(0.55)) {
      const [before, after] = this.random.pick(this.theme.shifts);
      return `I used to think ${before}, but now I know ${after}.`;
    }
    return this.random.pick(GENERIC_QUOTES);
  }

  /** A few sentences: what was taught, what was tried, what was noticed, what it means, what next. */
  journal(mentions: Mentions): string {
    const r = this.random;
    const about = (bank: string[]) => r.pick(bank.filter((t) => mentions.reading || !t.includes('{reading}')));
    const parts = [about(JOURNAL_OPENERS), r.pick(JOURNAL_ACTIONS), r.pick(JOURNAL_NOTICINGS)];
    if (r.chance(0.4)) parts.push(r.pick(JOURNAL_NOTICINGS));
    parts.push(
      mentions.reading && !parts[0]!.includes('{reading}')
        ? 'This links to what we read in {reading}: {idea}.'
        : r.pick(JOURNAL_REFLECTIONS),
    );
    if (r.chance(0.75)) parts.push(r.pick(JOURNAL_NEXT_STEPS));
    return [...new Set(parts)].map((p) => sentence(this.fill(p, mentions))).join(' ');
  }

  note(stage: Stage, mentions: Mentions): string {
    return sentence(this.fill(this.random.pick(OBSERVATION_NOTES[stage]), mentions));
  }

  pupilVoice(): string {
    return `${this.random.pick(VOICE_CONTEXTS)} “${this.fill(this.quote())}”`;
  }

  workSample(stage: Stage, yearGroup: YearGroup): string {
    const task = this.example(yearGroup);
    return `Work sample, ${task}: ${this.fill(this.random.pick(WORK_SAMPLE_OUTCOMES[stage]))}`;
  }

  penPortraitStart(): string {
    const r = this.random;
    return this.fill([r.pick(TRAITS), r.pick(PROFILES), r.pick(ATTITUDES)].join(' '));
  }

  desiredChange(): string {
    return this.fill(this.random.pick(DESIRED_CHANGES));
  }

  penPortraitEnd(judgement: Judgement): string {
    return this.fill(this.random.pick(END_PORTRAITS[judgement]));
  }

  changeNote(judgement: Judgement): string {
    return this.random.pick(CHANGE_NOTES[judgement]);
  }
}
