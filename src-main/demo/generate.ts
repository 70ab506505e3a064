import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHandlers } from '../services/handlers';
import { openStore, type Store } from '../store/store';
import { contractCaller } from './call';
import { demoClock, type DemoClock } from './clock';
import { NameMaker } from './names';
import { Random, seededUuids } from './random';
import { planWorkGroups, type DemoScale } from './scales';
import { SchoolPool } from './schools';
import { buildWorkGroup } from './workGroup';
import { codeDemoWorkGroup } from './coding';
import { continueFirstCommunity } from './programmes';
import { schoolYear } from './year';

/** The academic year every demo is set in. */
export const DEMO_START_YEAR = 2025;

/** The seed of the demo a Lead opens from the app, and of `wge demo` without --seed. */
export const DEFAULT_DEMO_SEED = 1;

export interface DemoOptions {
  scale: DemoScale;
  seed: number;
  /** Told after each Work Group is written. */
  onProgress?: (done: number, total: number) => void;
  /** Given one, the demo workspace is encrypted with it. */
  passphrase?: string;
}

export interface DemoSummary {
  scale: DemoScale;
  seed: number;
  workGroups: number;
  schools: number;
  participants: number;
  focusChildren: number;
  meetings: number;
  readings: number;
  journalEntries: number;
  observations: number;
  actionResearchCycles: number;
  impactClaims: number;
  codedPassages: number;
  researchLessons: number;
}

/** The demo refuses to touch a file that is already there (it may be someone's real workspace), or to write where it cannot. */
export class DemoRefused extends Error {}

/** Refuses a target that is already there (it may be someone's real workspace) or whose folder is missing. */
export function refuseUnlessNew(path: string): void {
  if (existsSync(path)) {
    throw new DemoRefused(`${basename(path)} already exists. The demo writes only to a new file; choose another name.`);
  }
  if (!existsSync(dirname(path))) {
    throw new DemoRefused(
      `The folder ${dirname(path)} does not exist. Create it first, or choose a file in another folder.`,
    );
  }
}

/**
 * A demo is built in a folder beside its target named after the process building it, so that a later
 * demo can tell one whose process was killed part-way (Ctrl+C, kill -9: nothing runs then to tidy up)
 * from one still being written. Earlier versions named it without the process.
 */
const UNFINISHED = '.wge-demo-unfinished-';
const UNFINISHED_NAME = /^\.wge-demo-unfinished-(?:(\d+)-)?[A-Za-z0-9]+$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what demos killed part-way left in a folder; those still being written are left alone. */
function removeAbandonedDemos(folder: string): void {
  for (const name of readdirSync(folder)) {
    const unfinished = UNFINISHED_NAME.exec(name);
    if (unfinished && (unfinished[1] === undefined || !isRunning(Number(unfinished[1])))) {
      rmSync(join(folder, name), { recursive: true, force: true });
    }
  }
}

/**
 * Writes a fictional workspace to a new file. It is built in a temporary folder beside the target
 * and moved into place only when complete, so a failure never leaves half a workspace behind, and
 * the folder goes whatever happens (or, if the process is killed, with the next demo written there).
 */
export function generateDemo(path: string, options: DemoOptions): DemoSummary {
  refuseUnlessNew(path);
  removeAbandonedDemos(dirname(path));
  const folder = mkdtempSync(join(dirname(path), `${UNFINISHED}${process.pid}-`));
  const building = join(folder, 'demo.wgdb');
  try {
    const { store, clock } = openDemoStore(building, options.seed, options.passphrase);
    let summary: DemoSummary;
    try {
      summary = populateDemo(store, clock, options);
    } finally {
      store.close();
    }
    refuseUnlessNew(path);
    renameSync(building, path);
    return summary;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The demo year's own clock: it moves from day to day as the story is written. */
export const demoStoryClock = (seed: number): DemoClock =>
  demoClock(new Random(seed ^ 0x0c10c4), `${DEMO_START_YEAR}-09-01`);

/** A new workspace whose ids and timestamps come from the seed, never from the machine. */
export function openDemoStore(path: string, seed: number, passphrase?: string): { store: Store; clock: DemoClock } {
  const clock = demoStoryClock(seed);
  return { store: openStore(path, { now: clock.now, newId: seededUuids(seed), passphrase }), clock };
}

/** Fills an open demo workspace with the Work Groups of a scale. */
export function populateDemo(store: Store, clock: DemoClock, { scale, seed, onProgress }: DemoOptions): DemoSummary {
  const random = new Random(seed);
  // Words, timestamps and ids come from three separate streams, so a change in how often the
  // services ask for an id or the time does not change the words, and the other way round.
  const call = contractCaller(createHandlers(store));
  const names = new NameMaker(random.fork());
  const schools = new SchoolPool(call, random.fork(), names, clock);
  const year = schoolYear(DEMO_START_YEAR);
  const plans = planWorkGroups(scale, call('project.list', {}), year, random.fork(), names);
  // An invented hub, named on the title of the hub report and slides.
  call('settings.set', { hubName: 'Fenland and Forest Maths Hub' });
  const summary: DemoSummary = {
    scale,
    seed,
    workGroups: 0,
    schools: 0,
    participants: 0,
    focusChildren: 0,
    meetings: 0,
    readings: 0,
    journalEntries: 0,
    observations: 0,
    actionResearchCycles: 0,
    impactClaims: 0,
    codedPassages: 0,
    researchLessons: 0,
  };
  // Coding has its own stream of choices, so the records' words are the same with it as without.
  const coding = new Random(seed ^ 0x7e3e5);
  for (const plan of plans) {
    // One transaction per Work Group: each lands whole, and the disk is synced once per group.
    const tally = store.transaction(() => {
      const built = buildWorkGroup(plan, { call, random: random.fork(), clock, names, schools });
      const { id } = store
        .statement<[string], { id: string }>('SELECT id FROM work_group WHERE code = ?')
        .get(plan.code)!;
      return { ...built, codedPassages: codeDemoWorkGroup(call, id, coding) };
    });
    summary.workGroups += 1;
    summary.participants += tally.participants;
    summary.focusChildren += tally.focusChildren;
    summary.meetings += tally.meetings;
    summary.readings += tally.readings;
    summary.journalEntries += tally.journalEntries;
    summary.observations += tally.observations;
    summary.actionResearchCycles += tally.cycles;
    summary.impactClaims += tally.impactClaims;
    summary.codedPassages += tally.codedPassages;
    summary.researchLessons += tally.researchLessons;
    onProgress?.(summary.workGroups, plans.length);
  }
  // A community runs beyond a year: the first carries on into its second (programmes.ts).
  const continued = store.transaction(() => continueFirstCommunity(call, clock, DEMO_START_YEAR));
  if (continued > 0) {
    summary.workGroups += 1;
    summary.meetings += continued;
  }
  summary.schools = schools.created;
  return summary;
}
