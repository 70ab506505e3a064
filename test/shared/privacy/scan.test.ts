import { describe, expect, it } from 'vitest';
import { applyReplacements, scanForPersonalData } from '../../../src-shared/privacy/scan';

// A labelled set: each sentence with the personal data a careful reader would remove. The names are
// from many cultures, because a check that knows only Anglo names misses many children.
const LABELLED: [string, string[]][] = [
  ['Y4-A explained the bar model to Amelia without prompting.', ['Amelia']],
  ['I paired him with Priya, who drew the number line for him.', ['Priya']],
  ['Afterwards Mohammed said he liked the stem sentences.', ['Mohammed']],
  ['Mrs Patel observed the lesson and noted the long pauses.', ['Mrs Patel']],
  ['Spoke to Dr Okafor about the assessment data.', ['Dr Okafor']],
  ['Zuzanna and Kacper compared their fractions using the wall.', ['Zuzanna', 'Kacper']],
  ['Contact me on 07700 900123 if the visit moves.', ['07700 900123']],
  ['Send the photos to test.teacher@example.org before Friday.', ['test.teacher@example.org']],
  ['FC-02 (born 12/03/2016) is the youngest in the class.', ['born 12/03/2016']],
  ['The UPN on the sheet was A123456789012 so I covered it.', ['A123456789012']],
  ['We worked with Ayesha Khan on reasoning about place value.', ['Ayesha', 'Khan']],
  ['His brother Jack helps him with times tables at home.', ['Jack']],
  ['Lesson study with Ms Quillon went well.', ['Ms Quillon']],
  ['The child sat next to Nguyen during the starter.', ['Nguyen']],
  ['Amelia struggled with the number line at first. Khan’s group finished early.', ['Amelia', 'Khan']],
  ['“Priya explained it to me,” said Y3-C.', ['Priya']],
  ['Aleksander explained the bar model to Siobhan.', ['Aleksander', 'Siobhan']],
  ['Bartholomew compared fractions with the wall.', ['Bartholomew']],
  // Sentences with nothing personal in them: every flag here is a false alarm.
  ['Will this approach work for the whole class?', []],
  ['Young children need concrete resources. Mark the tens in green.', []],
  ['The research lesson with Numicon and Dienes went well in Key Stage 2.', []],
  ['Summer term began with a focus on fluency.', []],
  ['The bar model helped pupils compare fractions.', []],
  ['Y5-B used a stem sentence: "I know that … because …".', []],
  ['Teaching for Mastery asks for small coherent steps.', []],
  ['May was busy with assessment, so we met in June.', []],
  ['Grace under pressure is what the Spring term needed.', []],
  ['The research lesson on Tuesday focused on reasoning.', []],
  ['We read Rosenshine and discussed retrieval practice.', []],
  ['Next year the school will continue with the Work Group.', []],
];

describe('the check for personal data before an export', () => {
  it('finds most names and identifiers with few false alarms, measured on a labelled set', () => {
    let expected = 0;
    let found = 0;
    let falseAlarms = 0;
    for (const [text, labels] of LABELLED) {
      const matches = scanForPersonalData([{ where: 'test', text }]).map((f) => f.match);
      expected += labels.length;
      found += labels.filter((label) => matches.some((m) => m.includes(label) || label.includes(m))).length;
      falseAlarms += matches.filter((m) => !labels.some((label) => m.includes(label) || label.includes(m))).length;
    }
    const recall = found / expected;
    console.log(`recall ${(recall * 100).toFixed(0)}% (${found}/${expected}); false alarms ${falseAlarms}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(2);
  });

  it('finds a name that starts a sentence, but not an everyday word that is also a name', () => {
    const matches = (text: string) => scanForPersonalData([{ where: 'test', text }]).map((f) => f.match);
    expect(matches('Amelia used the bar model. Then Zuzanna checked it.')).toEqual(['Amelia', 'Zuzanna']);
    expect(matches('Summer term went well. Young pupils and Ruby were off sick.')).toEqual(['Ruby']);
  });

  it("flags the workspace's own teachers and schools when the export withholds them, with context", () => {
    const findings = scanForPersonalData(
      [
        {
          where: 'Journal entry, 15/10/2025',
          text: 'Planned with Ms Sample Teacher at Puddleby Lane Test Primary today.',
        },
      ],
      { people: ['Ms Sample Teacher'], schools: ['Puddleby Lane Test Primary'] },
    );
    expect(findings.map((f) => [f.kind, f.match])).toEqual([
      ['known_person', 'Ms Sample Teacher'],
      ['school', 'Puddleby Lane Test Primary'],
    ]);
    expect(findings[0]!.context).toContain('Planned with Ms Sample Teacher at');
    expect(findings[0]!.where).toBe('Journal entry, 15/10/2025');
  });

  it('replaces what the user chose, in the outgoing text only', () => {
    const replacements = new Map([['Amelia', 'another pupil']]);
    expect(applyReplacements('Y4-A helped Amelia, and Amelia thanked Y4-A.', replacements)).toBe(
      'Y4-A helped another pupil, and another pupil thanked Y4-A.',
    );
  });
});
