// Writes a generated list of lower-case words as a TypeScript module of Sets, wrapped at 100
// characters, for the lists the personal-data check is built on.
import { writeFileSync } from 'node:fs';

const wrapped = (words) => {
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 > 100) {
      lines.push(line.trim());
      line = '';
    }
    line += `${word} `;
  }
  lines.push(line.trim());
  return lines.join('\n');
};

/** lists: [{ name, doc, words }] -> one exported ReadonlySet<string> each. */
export function writeWordListModule(path, header, lists) {
  const parts = lists.map(
    ({ name, doc, words }) =>
      `const ${name}_TEXT = \`\n${wrapped(words)}\n\`;\n\n/** ${doc} */\n` +
      `export const ${name}: ReadonlySet<string> = new Set(${name}_TEXT.split(/\\s+/).filter(Boolean));\n`,
  );
  writeFileSync(path, `// ${header}: do not edit by hand.\n${parts.join('\n')}`);
}
