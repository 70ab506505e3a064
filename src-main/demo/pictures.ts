import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { YearGroup } from '../../src-shared/domain/enums';
import type { Random } from './random';

// Photographs of pupils' work for the demo, drawn rather than stored: squared paper, pencil-like
// strokes and only digits and maths symbols, so nothing in a picture can name anyone.

type Point = [number, number];

/** Hand-drawn glyphs: strokes in a box 0.7 wide and 1 high, y downwards; a point given twice is a corner. */
// prettier-ignore
const GLYPHS: Record<string, Point[][]> = {
  '0': [[[0.35, 0], [0.05, 0.25], [0.05, 0.75], [0.35, 1], [0.65, 0.75], [0.65, 0.25], [0.35, 0]]],
  '1': [[[0.15, 0.2], [0.4, 0], [0.4, 0], [0.4, 1]]],
  '2': [[[0.05, 0.25], [0.3, 0], [0.6, 0.1], [0.6, 0.35], [0.05, 1], [0.05, 1], [0.7, 1]]],
  '3': [[[0.05, 0.1], [0.35, 0], [0.6, 0.15], [0.55, 0.4], [0.3, 0.48], [0.6, 0.6], [0.65, 0.85], [0.35, 1], [0.05, 0.9]]],
  '4': [[[0.45, 0], [0.05, 0.65], [0.05, 0.65], [0.7, 0.65]], [[0.55, 0.3], [0.55, 1]]],
  '5': [[[0.65, 0], [0.15, 0], [0.15, 0], [0.1, 0.45], [0.1, 0.45], [0.45, 0.4], [0.65, 0.6], [0.6, 0.9], [0.3, 1], [0.05, 0.9]]],
  '6': [[[0.6, 0.05], [0.3, 0.1], [0.08, 0.5], [0.1, 0.85], [0.35, 1], [0.62, 0.85], [0.6, 0.55], [0.35, 0.45], [0.1, 0.6]]],
  '7': [[[0.05, 0], [0.7, 0], [0.7, 0], [0.25, 1]]],
  '8': [[[0.35, 0.48], [0.1, 0.25], [0.35, 0], [0.6, 0.25], [0.35, 0.48], [0.05, 0.72], [0.35, 1], [0.65, 0.72], [0.35, 0.48]]],
  '9': [[[0.62, 0.35], [0.35, 0.5], [0.08, 0.3], [0.3, 0], [0.6, 0.1], [0.62, 0.35], [0.62, 0.35], [0.55, 1]]],
  '+': [[[0.35, 0.2], [0.35, 0.8]], [[0.05, 0.5], [0.65, 0.5]]],
  '-': [[[0.05, 0.5], [0.65, 0.5]]],
  '=': [[[0.05, 0.35], [0.65, 0.35]], [[0.05, 0.65], [0.65, 0.65]]],
  '?': [[[0.1, 0.2], [0.35, 0], [0.62, 0.2], [0.35, 0.5], [0.35, 0.72]], [[0.35, 0.92], [0.36, 1]]],
};

const WIDTH = 600;
const HEIGHT = 330;
const CELL = 30;
const PENCIL = '#3b3b46';

export type WorkTask = 'column-addition' | 'number-line' | 'bar-model';

export interface WorkPicture {
  png: Buffer;
  /** The teacher's caption: what the picture shows and what it tells them. */
  caption: string;
}

/** The tasks a class of this year would be set, or none for classes too young for written work or too old for these. */
export function tasksFor(yearGroup: YearGroup): WorkTask[] {
  if (yearGroup === 'y1' || yearGroup === 'y2') return ['number-line', 'bar-model'];
  if (['y3', 'y4', 'y5', 'y6'].includes(yearGroup)) return ['column-addition', 'number-line', 'bar-model'];
  return [];
}

class Page {
  readonly ctx: SKRSContext2D;
  private readonly canvas = createCanvas(WIDTH, HEIGHT);

  /** A messy hand wobbles more than a neat one; written sums are photographed closer, on bigger squares. */
  constructor(
    private readonly random: Random,
    private readonly wobble: number,
    readonly cell = 30,
  ) {
    this.ctx = this.canvas.getContext('2d');
    const { ctx } = this;
    ctx.fillStyle = '#fbfaf4';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.strokeStyle = '#c9d8ea';
    ctx.lineWidth = 1;
    for (let x = cell; x < WIDTH; x += cell) this.rule([x, 0], [x, HEIGHT]);
    for (let y = cell; y < HEIGHT; y += cell) this.rule([0, y], [WIDTH, y]);
    ctx.strokeStyle = PENCIL;
    ctx.lineWidth = 2.6;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
  }

  private rule(from: Point, to: Point) {
    this.ctx.beginPath();
    this.ctx.moveTo(...from);
    this.ctx.lineTo(...to);
    this.ctx.stroke();
  }

  private shake = (v: number) => v + (this.random.float() - 0.5) * this.wobble;

  /** A pencil line through the points, smoothed as a hand draws it. */
  line(points: Point[]) {
    const p = points.map(([x, y]): Point => [this.shake(x), this.shake(y)]);
    const { ctx } = this;
    ctx.beginPath();
    ctx.moveTo(...p[0]!);
    for (let i = 1; i < p.length - 1; i += 1) {
      const [x, y] = p[i]!;
      const [nx, ny] = p[i + 1]!;
      ctx.quadraticCurveTo(x, y, (x + nx) / 2, (y + ny) / 2);
    }
    ctx.lineTo(...p[p.length - 1]!);
    ctx.stroke();
  }

  /** Writes digits and symbols from (x, y), top left, each `size` high; returns where the writing ends. */
  write(text: string, x: number, y: number, size: number): number {
    let at = x;
    for (const ch of text) {
      const slant = 0.12 * size;
      for (const stroke of GLYPHS[ch] ?? []) {
        this.line(stroke.map(([gx, gy]): Point => [at + gx * size + (1 - gy) * slant, y + gy * size]));
      }
      at += size * 0.95;
    }
    return at;
  }

  /** One digit per square, right-aligned on the column ending at `right`. */
  column(text: string, right: number, row: number) {
    const { cell } = this;
    [...text]
      .reverse()
      .forEach((ch, i) => this.write(ch, (right - i) * cell + cell * 0.2, row * cell + cell * 0.15, cell * 0.7));
  }

  png(): Buffer {
    return this.canvas.toBuffer('image/png');
  }
}

/** Adds column by column and drops what should be carried: the misconception the before picture shows. */
function withoutCarrying(a: number, b: number): number {
  const digits = String(Math.max(a, b)).length;
  let total = 0;
  for (let place = 10 ** (digits - 1); place >= 1; place /= 10) {
    total = total * 10 + (((Math.floor(a / place) % 10) + (Math.floor(b / place) % 10)) % 10);
  }
  return total;
}

function columnAddition(page: Page, r: Random, secure: boolean): string {
  let a = 0;
  let b = 0;
  // Sums that need carrying, so the picture shows whether the child carries.
  while ((a % 10) + (b % 10) < 10) [a, b] = [r.int(125, 489), r.int(117, 468)];
  const sum = a + b;
  const answer = secure ? sum : withoutCarrying(a, b);
  const { cell } = page;
  page.column(String(a), 7, 1);
  page.column(String(b), 7, 2);
  page.column('+', 3, 2);
  page.line([
    [3 * cell, 3 * cell + 3],
    [8 * cell, 3 * cell + 3],
  ]);
  page.column(String(answer), 7, 3);
  if (secure) {
    // The carried digits, small, under the answer line.
    const carries = [...String(sum)].length;
    for (let i = 1; i < carries; i += 1) {
      const place = 10 ** i;
      if ((a % place) + (b % place) >= place) page.write('1', (7 - i) * cell + cell * 0.55, 4 * cell + 4, cell * 0.4);
    }
    page.line([
      [3 * cell, 4 * cell + 1],
      [8 * cell, 4 * cell + 1],
    ]);
    return `Photo of column addition, ${a} + ${b} = ${sum}: each column is added with the carried digits written in, and the answer checked against an estimate.`;
  }
  return `Photo of column addition, ${a} + ${b}: the answer written is ${answer}, each column added on its own and the carried digits dropped.`;
}

/** Draws an arc from one point of a number line to another, as a hop. */
function hop(page: Page, from: number, to: number, y: number) {
  const mid = (from + to) / 2;
  const rise = Math.min(70, Math.max(14, (to - from) * 0.35));
  page.line([
    [from, y],
    [from + (mid - from) * 0.3, y - rise * 0.8],
    [mid, y - rise],
    [to - (to - mid) * 0.3, y - rise * 0.8],
    [to, y],
  ]);
}

function numberLine(page: Page, r: Random, secure: boolean, yearGroup: YearGroup): string {
  const young = yearGroup === 'y1' || yearGroup === 'y2';
  const start = young ? r.int(12, 38) : r.int(124, 368);
  const tens = r.int(2, 4) * 10;
  const ones = r.int(3, 8);
  const end = start + tens + ones;
  const y = 7 * CELL;
  const left = 2 * CELL;
  const right = WIDTH - 2 * CELL;
  page.line([
    [left - 10, y],
    [right + 10, y],
  ]);
  page.write(String(start), left - 18, y + 14, 22);
  if (secure) {
    // One jump of the tens, then one of the ones, roughly in proportion as on an empty number line.
    const afterTens = left + (right - left) * 0.72;
    for (const x of [left, afterTens, right])
      page.line([
        [x, y - 8],
        [x, y + 8],
      ]);
    hop(page, left, afterTens, y);
    hop(page, afterTens, right, y);
    page.write(`+${tens}`, (left + afterTens) / 2 - 24, y - 110, 24);
    page.write(`+${ones}`, (afterTens + right) / 2 - 18, y - 90, 24);
    page.write(String(start + tens), afterTens - 18, y + 14, 22);
    page.write(String(end), right - 24, y + 14, 22);
    return `Photo of a number line for ${start} + ${tens + ones}: one jump of ${tens} and one of ${ones}, landing on ${end}.`;
  }
  // Counting on in ones, losing track before the end.
  const counted = 9 + r.int(0, 4);
  const step = (right - left) / 16;
  for (let i = 0; i <= counted; i += 1)
    page.line([
      [left + i * step, y - 6],
      [left + i * step, y + 6],
    ]);
  for (let i = 0; i < counted; i += 1) hop(page, left + i * step, left + (i + 1) * step, y);
  page.write('?', left + counted * step + 20, y - 70, 30);
  return `Photo of a number line for ${start} + ${tens + ones}: ${counted} hops of one drawn, then the counting stopped with no answer.`;
}

function barModel(page: Page, r: Random, secure: boolean): string {
  const part = r.int(12, 45);
  const whole = part + r.int(14, 48);
  const missing = whole - part;
  const left = 3 * CELL;
  const width = 14 * CELL;
  const top = 5 * CELL;
  // A secure bar is split to scale; an unsure one is halved whatever the numbers.
  const split = left + (secure ? width * (part / whole) : width / 2);
  const bottom = top + 2 * CELL;
  // Each side its own stroke, so the corners stay square.
  for (const side of [
    [
      [left, top],
      [left + width, top],
    ],
    [
      [left + width, top],
      [left + width, bottom],
    ],
    [
      [left + width, bottom],
      [left, bottom],
    ],
    [
      [left, bottom],
      [left, top],
    ],
  ] satisfies Point[][])
    page.line(side);
  page.line([
    [split, top],
    [split, top + 2 * CELL],
  ]);
  page.line([
    [left, top - 24],
    [left + width, top - 24],
  ]);
  page.write(String(whole), left + width / 2 - 20, top - 64, 30);
  page.write(String(part), (left + split) / 2 - 18, top + 16, 28);
  page.write('?', (split + left + width) / 2 - 10, top + 16, 28);
  const answer = secure ? missing : whole + part;
  page.write(`${secure ? `${whole}-${part}` : `${whole}+${part}`}=${answer}`, left, top + 3 * CELL + 10, 30);
  return secure
    ? `Photo of a bar model, a whole of ${whole} with one part ${part}: the bar is split to scale and ${whole} − ${part} = ${missing} found for the missing part.`
    : `Photo of a bar model, a whole of ${whole} with one part ${part}: the bar is cut in half and the two numbers added to make ${answer}.`;
}

/** A picture of one child's work on a task: unsure (before teaching) or secure (after). */
export function drawWork(task: WorkTask, secure: boolean, yearGroup: YearGroup, r: Random): WorkPicture {
  const page = new Page(r, secure ? 1.5 : 4, task === 'column-addition' ? 50 : 30);
  const caption =
    task === 'column-addition'
      ? columnAddition(page, r, secure)
      : task === 'number-line'
        ? numberLine(page, r, secure, yearGroup)
        : barModel(page, r, secure);
  return { png: page.png(), caption };
}
