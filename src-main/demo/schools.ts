import type { Phase, YearGroup } from '../../src-shared/domain/enums';
import type { Call } from './call';
import type { DemoClock } from './clock';
import { yearsOfSchool, type NameMaker } from './names';
import type { Random } from './random';

export interface DemoSchool {
  id: string;
  name: string;
  phase: Phase;
  /** The classes it teaches (an infant school: Reception to Year 2). */
  years: YearGroup[];
}

/**
 * The schools of the whole workspace. Schools are shared between Work Groups, so now and then a
 * Work Group draws a school that already takes part in another one, as happens in a real hub.
 */
export class SchoolPool {
  private readonly byPhase = new Map<Phase, DemoSchool[]>();
  created = 0;

  constructor(
    private readonly call: Call,
    private readonly random: Random,
    private readonly names: NameMaker,
    private readonly clock: DemoClock,
  ) {}

  /** Schools of a phase that teach at least one of the Work Group's classes. */
  take(phase: Phase, classes: readonly YearGroup[], count: number, reuseChance: number, on: string): DemoSchool[] {
    const known = this.byPhase.get(phase) ?? [];
    const chosen: DemoSchool[] = [];
    for (let i = 0; i < count; i += 1) {
      const candidates = known.filter((s) => !chosen.includes(s) && s.years.some((y) => classes.includes(y)));
      if (candidates.length > 0 && this.random.chance(reuseChance)) {
        chosen.push(this.random.pick(candidates));
        continue;
      }
      this.clock.on(on);
      const name = this.names.school(phase, classes);
      // Most schools' URNs are not typed in; the demo leaves them blank rather than invent real-looking ones.
      const created = this.call('school.create', { name, phase, urn: '' });
      const school = { id: created.id, name, phase, years: yearsOfSchool(phase, name) };
      known.push(school);
      chosen.push(school);
      this.created += 1;
    }
    this.byPhase.set(phase, known);
    return chosen;
  }
}
