import { writeFileSync } from 'node:fs';
import { BUDGETS_MS, MEMORY_BUDGETS_MB } from './budgets';

export interface Figure {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  budgetMs?: number;
  withinBudget?: boolean;
  peakRssMb?: number;
  note?: string;
}

const figures: Figure[] = [];

/** Runs `action` several times and records the median, minimum and maximum against its budget. */
export async function measure(name: string, runs: number, action: () => unknown, note?: string): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return record(name, times, note);
}

export function record(name: string, times: number[], note?: string, peakRssMb?: number): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const budgetMs = BUDGETS_MS[name];
  const memoryBudget = MEMORY_BUDGETS_MB[name];
  const figure: Figure = {
    name,
    runs: times.length,
    medianMs: Math.round(medianMs * 10) / 10,
    minMs: Math.round(sorted[0]! * 10) / 10,
    maxMs: Math.round(sorted.at(-1)! * 10) / 10,
    ...(budgetMs !== undefined
      ? {
          budgetMs,
          withinBudget: medianMs <= budgetMs && (memoryBudget === undefined || (peakRssMb ?? 0) <= memoryBudget),
        }
      : {}),
    ...(peakRssMb !== undefined ? { peakRssMb } : {}),
    ...(note ? { note } : {}),
  };
  figures.push(figure);
  return figure;
}

export function report(): string {
  const rows = figures.map((f) => {
    const budget = f.budgetMs === undefined ? '' : `${f.budgetMs}`;
    const verdict = f.withinBudget === undefined ? '' : f.withinBudget ? 'within' : 'OVER';
    const memory = f.peakRssMb === undefined ? '' : `${f.peakRssMb} MB`;
    return `| ${f.name} | ${f.medianMs} | ${f.minMs} | ${f.maxMs} | ${f.runs} | ${budget} | ${verdict} | ${memory} | ${f.note ?? ''} |`;
  });
  const table = [
    '| measurement | median ms | min ms | max ms | runs | budget ms | budget | peak memory | note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    ...rows,
  ].join('\n');
  const out = process.env['WGE_BENCH_OUT'];
  if (out) writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2));
  return table;
}
