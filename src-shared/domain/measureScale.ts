/** The range of a scale as teachers write it: "out of 20", "/ 20", "0–20", "on a 1-5 rubric", "1 to 4". */
export function scaleRange(scale: string): { min: number; max: number } | undefined {
  // "out of 40" wins over a slash, and a slash counts only where it starts the top ("/ 20", "marks /20"),
  // not inside a name such as "paper 1/2".
  const outOf = /out of\s*(\d+(?:\.\d+)?)/i.exec(scale) ?? /(?:^|\s)\/\s*(\d+(?:\.\d+)?)/.exec(scale);
  if (outOf) return { min: 0, max: Number(outOf[1]) };
  const span = /(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)/i.exec(scale);
  return span && Number(span[1]) < Number(span[2]) ? { min: Number(span[1]), max: Number(span[2]) } : undefined;
}

/** Why a score cannot be on its scale ("23" out of 20), or undefined when it can, or the scale gives no range. */
export function outsideScale(value: number, scale: string): string | undefined {
  const range = scaleRange(scale);
  if (!range) return undefined;
  if (value > range.max)
    return `The score ${value} is above its scale: “${scale}” goes up to ${range.max}. Correct the score or the scale.`;
  if (value < range.min)
    return `The score ${value} is below its scale: “${scale}” starts at ${range.min}. Correct the score or the scale.`;
  return undefined;
}
