import { contract } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  QUESTION_FIELD,
  type ColumnMapping,
  type ImportCommit,
  type ImportKind,
  type ImportPreview,
  type ImportSheet,
  type PreviewRow,
  type RowFate,
  type SurveyImport,
} from '../../src-shared/api/spreadsheets';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { MEETING_KIND, OBSERVATION_KIND, SURVEY_OCCASION, type SurveyOccasion } from '../../src-shared/domain/enums';
import { namesInCode } from '../../src-shared/domain/firstNames';
import { meetingFields } from '../../src-shared/domain/records';
import { OCCASIONS_OF, readAnswer, type SurveyQuestion } from '../../src-shared/domain/surveys';
import { recordStore } from '../services/records';
import { workGroupAccess } from '../services/workGroupAccess';
import { writeBackup } from '../store/backup';
import type { Store } from '../store/store';
import { looksLikeChildNames, missingFields, proposeMapping, suggestKind } from './mapping';
import { isBlank, readWorkbook, type RawSheet, type RawValue } from './readWorkbook';
import {
  asText,
  readAttended,
  readDate,
  readMeetingKind,
  readNumber,
  readObservationKind,
  readOccasion,
  readPhase,
  type Read,
} from './values';

// Imports run twice: a dry run inside a transaction that is always rolled back gives each row's
// fate, and the import itself replays the same rows in one transaction, after a backup. Because
// both runs go through the same record services, the preview can never promise what the import
// would refuse. Matching is by the things a person would match on (URN, name within the group,
// date, code), so importing the same file again finds everything already there.

type Fields = Record<string, unknown>;
type Get = (key: string) => RawValue;
/** Whether the user mapped a column to the field at all. */
type Has = (key: string) => boolean;

interface Applied {
  fate: Extract<RowFate, 'new' | 'existing' | 'skip'>;
  message: string;
  written?: Record<string, number>;
}

interface RowKind<P> {
  parse(get: Get, has: Has): Read<P>;
  /** Rows with the same key say the same thing: the second is reported and imported once. */
  key(parsed: P): string;
  summary(parsed: P): string;
  apply(parsed: P): Applied;
}

class Rollback extends Error {}

const same = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const invalid = (message: string) => new DomainError('invalid_input', message);

/** What an import of questionnaire answers is told besides the file: which questionnaire, and who is who. */
interface SurveyOptions {
  survey?: SurveyImport | undefined;
  respondents: Record<string, string>;
}

/** What the preview and the import are asked: the file, what it holds, and how its columns map. */
type ImportRequest = {
  workGroupId: string;
  fileName: string;
  dataBase64: string;
  kind: ImportKind;
  sheet: string;
  mapping: ColumnMapping;
} & SurveyOptions;

/** Checks fields with the contract's own schema for creating that kind of record. */
function checked(
  method: 'school.create' | 'participant.create' | 'meeting.create' | 'observation.create' | 'surveyResponse.create',
  fields: Fields,
): Fields {
  const parsed = contract[method].input.safeParse(fields);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  return parsed.data as Fields;
}

export function importService(store: Store) {
  const records = recordStore(store);
  const access = workGroupAccess(store);
  type Row = Record<string, unknown>;
  const all = (sql: string, ...params: unknown[]) => store.statement<unknown[], Row>(sql).all(...params);

  const personName = (get: Get): Read<string> => {
    // Registers often print the surname first, after a comma: "Okafor, Asha" is Asha Okafor.
    const full = asText(get('name')).replace(/^([^,]+),([^,]+)$/, (_, surname: string, first: string) =>
      `${first.trim()} ${surname.trim()}`.trim(),
    );
    const joined = [asText(get('firstName')), asText(get('lastName'))].filter(Boolean).join(' ');
    const name = full || joined;
    return name ? { ok: true, value: name } : { ok: false, message: 'The name is missing.' };
  };

  /** The questionnaire a file of answers answers, which must be one of this Work Group's. */
  const questionnaireOf = (workGroupId: string, survey: SurveyImport | undefined) => {
    const found = survey && records.find('questionnaire', survey.questionnaireId);
    if (!found || found['workGroupId'] !== workGroupId)
      throw new DomainError('invalid_input', 'Choose the questionnaire the file answers.', [
        { field: 'survey', message: 'Choose one of this Work Group’s questionnaires.' },
      ]);
    return found as { id: string; title: string; timing: keyof typeof OCCASIONS_OF; questions: SurveyQuestion[] };
  };

  function kinds(
    workGroupId: string,
    options: SurveyOptions,
    unknownRespondents: Set<string>,
  ): { [K in ImportKind]: RowKind<never> } {
    const group = store
      .statement<[string], { phase: string | null; academic_year: string }>(
        `SELECT p.phase, w.academic_year FROM work_group w LEFT JOIN project p ON p.id = w.project_id WHERE w.id = ?`,
      )
      .get(workGroupId)!;
    const schoolsInGroup = () =>
      all(
        `SELECT s.id, s.name, s.urn FROM school s JOIN school_participation sp ON sp.school_id = s.id
         WHERE sp.work_group_id = ? AND sp.deleted_at IS NULL AND s.deleted_at IS NULL`,
        workGroupId,
      ) as { id: string; name: string; urn: string }[];
    const participantNamed = (name: string) =>
      (
        all('SELECT id, name FROM participant WHERE work_group_id = ? AND deleted_at IS NULL', workGroupId) as {
          id: string;
          name: string;
        }[]
      ).find((p) => same(p.name) === same(name));

    const schools: RowKind<{ name: string; urn: string; phase?: string; leader: string; role: string }> = {
      parse(get) {
        const name = asText(get('name'));
        if (!name) return { ok: false, message: 'The school’s name is missing.' };
        const urn = asText(get('urn')).replace(/\s/g, '');
        if (urn && !/^\d{6}$/.test(urn))
          return { ok: false, message: `“${urn}” is not a URN: a URN is six digits. Correct it or leave it blank.` };
        const phase = readPhase(get('phase'));
        if (!phase.ok) return phase;
        return {
          ok: true,
          value: {
            name,
            urn,
            ...(phase.value ? { phase: phase.value } : {}),
            leader: asText(get('seniorLeaderName')),
            role: asText(get('seniorLeaderRole')),
          },
        };
      },
      key: (p) => (p.urn ? `urn:${p.urn}` : `name:${same(p.name)}`),
      summary: (p) => `${p.name}${p.urn ? ` (URN ${p.urn})` : ''}`,
      apply(p) {
        const everyone = all('SELECT id, name, urn FROM school WHERE deleted_at IS NULL') as {
          id: string;
          name: string;
          urn: string;
        }[];
        const byUrn = p.urn ? everyone.find((s) => s.urn === p.urn) : undefined;
        const byName = everyone.find((s) => same(s.name) === same(p.name));
        if (!byUrn && byName && p.urn && byName.urn && byName.urn !== p.urn)
          throw invalid(
            `A school called ${byName.name} is already recorded with URN ${byName.urn}, not ${p.urn}. Check the URN.`,
          );
        const existing = byUrn ?? byName;
        const written: Record<string, number> = {};
        let schoolId = existing?.id;
        if (!schoolId) {
          const fields = checked('school.create', {
            name: p.name,
            urn: p.urn,
            phase: p.phase ?? group.phase ?? 'primary',
          });
          schoolId = records.create('school', fields)['id'] as string;
          written['schools'] = 1;
        }
        const inGroup = schoolsInGroup().some((s) => s.id === schoolId);
        if (inGroup) {
          const how = byUrn ? 'the same URN' : 'the same name';
          return { fate: 'existing', message: `Already in this Work Group (${how}); nothing changes.` };
        }
        records.create('schoolParticipation', {
          workGroupId,
          schoolId,
          seniorLeaderName: p.leader,
          seniorLeaderRole: p.role,
          intendedImpact: '',
          endEvaluation: '',
          continuationPlan: '',
          namedInDevelopmentPlan: false,
          leaderEngagements: [],
          areas: [],
          standards: [],
        });
        written['schoolParticipations'] = 1;
        return {
          fate: 'new',
          message: existing
            ? `Matches ${existing.name}, already recorded in the workspace (${byUrn ? 'same URN' : 'same name'}); it joins this Work Group.`
            : 'A new school; it joins this Work Group.',
          written,
        };
      },
    };

    const participants: RowKind<{ name: string; school: string; role: string; question: string }> = {
      parse(get) {
        const name = personName(get);
        if (!name.ok) return { ok: false, message: 'The participant’s name is missing.' };
        const school = asText(get('school'));
        if (!school) return { ok: false, message: 'The school is missing: give the school’s name or URN.' };
        return {
          ok: true,
          value: { name: name.value, school, role: asText(get('role')), question: asText(get('researchQuestion')) },
        };
      },
      key: (p) => same(p.name),
      summary: (p) => `${p.name}, ${p.school}`,
      apply(p) {
        const inGroup = schoolsInGroup();
        const school = inGroup.find((s) => s.urn === p.school.replace(/\s/g, '') || same(s.name) === same(p.school));
        if (!school) {
          const elsewhere = (all('SELECT name FROM school WHERE deleted_at IS NULL') as { name: string }[]).some(
            (s) => same(s.name) === same(p.school),
          );
          throw invalid(
            elsewhere
              ? `${p.school} is recorded, but not as a school of this Work Group. Import it as a school of this Work Group first (or add it on the Schools tab).`
              : `No school of this Work Group is called ${p.school}. Import the schools first, or correct the name.`,
          );
        }
        const existing = participantNamed(p.name);
        if (existing) return { fate: 'existing', message: 'Already a participant of this Work Group (same name).' };
        records.create(
          'participant',
          checked('participant.create', {
            workGroupId,
            schoolId: school.id,
            name: p.name,
            role: p.role,
            researchQuestion: p.question,
          }),
        );
        return { fate: 'new', message: `A new participant from ${school.name}.`, written: { participants: 1 } };
      },
    };

    const attendance: RowKind<{ date: string; name: string; attended: boolean; meetingKind?: string }> = {
      parse(get, has) {
        const date = readDate(get('date'));
        if (!date.ok) return date;
        const name = personName(get);
        if (!name.ok) return { ok: false, message: 'The participant’s name is missing.' };
        // Without an "attended" column, every row of a register is someone who came.
        const attended = has('attended') ? readAttended(get('attended')) : { ok: true as const, value: true };
        if (!attended.ok) return attended;
        const kind = readMeetingKind(get('meetingKind'));
        if (!kind.ok) return kind;
        return {
          ok: true,
          value: {
            date: date.value,
            name: name.value,
            attended: attended.value,
            ...(kind.value ? { meetingKind: kind.value } : {}),
          },
        };
      },
      key: (p) => `${p.date}|${same(p.name)}`,
      summary: (p) => `${p.name}, ${formatDateGB(p.date)}${p.attended ? '' : ' (absent)'}`,
      apply(p) {
        const participant = participantNamed(p.name);
        if (!participant)
          throw invalid(
            `No participant of this Work Group is called ${p.name}. Import the participants first, or check the spelling.`,
          );
        if (!p.attended) return { fate: 'skip', message: 'Absent: nothing to record.' };
        const onTheDay = (
          all(
            'SELECT id, kind FROM meeting WHERE work_group_id = ? AND date = ? AND deleted_at IS NULL ORDER BY created_at',
            workGroupId,
            p.date,
          ) as { id: string; kind: string }[]
        ).filter((m) => !p.meetingKind || m.kind === p.meetingKind);
        if (onTheDay.length > 1)
          throw invalid(
            `There are ${onTheDay.length} meetings on ${formatDateGB(p.date)}. Add a “Kind of meeting” column to say which one.`,
          );
        const written: Record<string, number> = {};
        let meetingId = onTheDay[0]?.id;
        const kind = (p.meetingKind ?? 'work_group_meeting') as keyof typeof MEETING_KIND.labels;
        if (!meetingId) {
          meetingId = records.create(
            'meeting',
            checked('meeting.create', {
              workGroupId,
              date: p.date,
              kind,
              notes: '',
              attendeeIds: [],
              readingIds: [],
              areas: [],
              standards: [],
            }),
          )['id'] as string;
          written['meetings'] = 1;
        }
        const meeting = records.find('meeting', meetingId)!;
        const attendees = meeting['attendeeIds'] as string[];
        if (attendees.includes(participant.id))
          return { fate: 'existing', message: `Already recorded as attending on ${formatDateGB(p.date)}.` };
        // The meeting keeps everything else as it was; only its attendance grows.
        records.update('meeting', meetingId, {
          ...meetingFields.parse(meeting),
          attendeeIds: [...attendees, participant.id],
          confirmOutsideYear: !written['meetings'],
        });
        written['attendances'] = 1;
        return {
          fate: 'new',
          message: written['meetings']
            ? `Adds a ${MEETING_KIND.labels[kind]} on ${formatDateGB(p.date)}, with this attendance.`
            : `Recorded as attending on ${formatDateGB(p.date)}.`,
          written,
        };
      },
    };

    type Observation = {
      code: string;
      date: string;
      kind: keyof typeof OBSERVATION_KIND.labels;
      text: string;
      value?: number;
      scale: string;
    };
    const observations: RowKind<Observation> = {
      parse(get) {
        const code = asText(get('code')).toUpperCase();
        if (!code) return { ok: false, message: 'The focus child’s code is missing.' };
        const date = readDate(get('date'));
        if (!date.ok) return date;
        const score = readNumber(get('measureValue'));
        if (!score.ok) return score;
        const kind = readObservationKind(get('kind'));
        if (!kind.ok) return kind;
        let scale = asText(get('measureScale'));
        if (/^\d+(\.\d+)?$/.test(scale)) scale = `out of ${scale}`;
        if (!scale && score.value?.outOf !== undefined) scale = `out of ${score.value.outOf}`;
        if (!scale && score.value?.percent) scale = 'per cent';
        const finalKind = kind.value ?? (score.value ? 'measure' : 'note');
        if (finalKind === 'measure' && !score.value)
          return { ok: false, message: 'A measure needs its score. Add the score, or give another kind.' };
        if (finalKind === 'measure' && !scale)
          return { ok: false, message: 'A measure needs its scale, for example “out of 20”. Map a Scale column.' };
        let text = asText(get('text'));
        if (!text && finalKind === 'measure') text = `Score ${score.value!.value} (${scale}).`;
        if (!text) return { ok: false, message: 'Say what was observed: the text is missing.' };
        return {
          ok: true,
          value: {
            code,
            date: date.value,
            kind: finalKind,
            text,
            ...(finalKind === 'measure' ? { value: score.value!.value } : {}),
            scale: finalKind === 'measure' ? scale : '',
          },
        };
      },
      key: (p) => [p.code, p.date, p.kind, p.value ?? '', same(p.scale), same(p.text)].join('|'),
      summary: (p) =>
        `${p.code}, ${formatDateGB(p.date)}: ${OBSERVATION_KIND.labels[p.kind]}${p.value !== undefined ? ` ${p.value} (${p.scale})` : ''}`,
      apply(p) {
        const child = all(
          'SELECT id FROM focus_child WHERE work_group_id = ? AND code = ? AND deleted_at IS NULL',
          workGroupId,
          p.code,
        )[0] as { id: string } | undefined;
        if (!child) {
          const names = namesInCode(p.code);
          throw invalid(
            names.length > 0
              ? `“${p.code}” looks like a child’s name. Focus children are recorded by code only (for example Y4-A): use the codes on the Focus children tab, and keep names out of the file.`
              : `No focus child of this Work Group has the code ${p.code}. Use the codes on the Focus children tab.`,
          );
        }
        const already = (
          all(
            'SELECT kind, text, measure_value, measure_scale FROM observation WHERE focus_child_id = ? AND date = ? AND deleted_at IS NULL',
            child.id,
            p.date,
          ) as { kind: string; text: string; measure_value: number | null; measure_scale: string }[]
        ).some(
          (o) =>
            o.kind === p.kind &&
            same(o.text) === same(p.text) &&
            (o.measure_value ?? undefined) === p.value &&
            same(o.measure_scale ?? '') === same(p.scale),
        );
        if (already) return { fate: 'existing', message: 'Already recorded for this child on this date.' };
        records.create(
          'observation',
          checked('observation.create', {
            focusChildId: child.id,
            date: p.date,
            kind: p.kind,
            text: p.text,
            ...(p.value !== undefined ? { measureValue: p.value, measureScale: p.scale } : {}),
          }),
        );
        return { fate: 'new', message: 'A new observation.', written: { observations: 1 } };
      },
    };

    type SurveyRow = {
      who: string;
      name: string;
      email: string;
      date: string;
      occasion: SurveyOccasion;
      answers: Record<string, string | number>;
    };
    /** A respondent by the user's choice, by name, or by an email address that spells the name (asha.okafor@…). */
    const respondentOf = (p: SurveyRow) => {
      const everyone = all(
        'SELECT id, name FROM participant WHERE work_group_id = ? AND deleted_at IS NULL',
        workGroupId,
      ) as {
        id: string;
        name: string;
      }[];
      const chosen = options.respondents[p.who];
      if (chosen) return everyone.find((e) => e.id === chosen);
      const spelt = p.email.split('@')[0]!.replace(/[._-]+/g, ' ');
      return (p.name && participantNamed(p.name)) || everyone.find((e) => p.email && same(e.name) === same(spelt));
    };
    const surveyResponses: RowKind<SurveyRow> = {
      parse(get, has) {
        const questionnaire = questionnaireOf(workGroupId, options.survey);
        const name = asText(get('name'));
        const email = asText(get('email')).toLowerCase();
        if (!name && !email) return { ok: false, message: 'The respondent’s name is missing.' };
        const date = readDate(get('date'));
        if (!date.ok) return date;
        let occasion = options.survey?.occasion;
        if (has('occasion')) {
          const read = readOccasion(get('occasion'));
          if (!read.ok) return read;
          occasion = read.value ?? occasion;
        }
        const allowed = OCCASIONS_OF[questionnaire.timing];
        if (allowed.length === 1) occasion = allowed[0];
        if (!occasion || !allowed.includes(occasion))
          return {
            ok: false,
            message:
              'Say whether these answers are from the start or the end of the year: choose it above the file, or map a column that says.',
          };
        const answers: Record<string, string | number> = {};
        for (const question of questionnaire.questions) {
          const raw = get(`${QUESTION_FIELD}${question.id}`);
          if (raw === null) continue;
          const read = readAnswer(question, typeof raw === 'number' ? raw : asText(raw));
          if (!read.ok) return read;
          if (read.value !== undefined) answers[question.id] = read.value;
        }
        if (Object.keys(answers).length === 0) return { ok: false, message: 'This row answers none of the questions.' };
        return { ok: true, value: { who: name || email, name, email, date: date.value, occasion, answers } };
      },
      key: (p) => [same(p.who), p.occasion, p.occasion === 'after_meeting' ? p.date : ''].join('|'),
      summary: (p) => `${p.who}, ${formatDateGB(p.date)} (${SURVEY_OCCASION.labels[p.occasion].toLowerCase()})`,
      apply(p) {
        const questionnaire = questionnaireOf(workGroupId, options.survey);
        const participant = respondentOf(p);
        if (!participant) {
          unknownRespondents.add(p.who);
          throw invalid(
            `No participant of this Work Group is called ${p.who}. Choose who this is under Respondents, or add the participant first.`,
          );
        }
        let meetingId: string | undefined;
        if (p.occasion === 'after_meeting') {
          meetingId =
            options.survey?.meetingId ??
            (
              all(
                'SELECT id FROM meeting WHERE work_group_id = ? AND date <= ? AND deleted_at IS NULL ORDER BY date DESC, created_at DESC LIMIT 1',
                workGroupId,
                p.date,
              )[0] as { id: string } | undefined
            )?.id;
          if (!meetingId)
            throw invalid(
              `No meeting of this Work Group is on or before ${formatDateGB(p.date)}. Add the meeting first, or choose it above the file.`,
            );
        }
        const already = all(
          `SELECT id FROM survey_response WHERE participant_id = ? AND questionnaire_id = ? AND occasion = ?
           AND coalesce(meeting_id, '') = ? AND deleted_at IS NULL`,
          participant.id,
          questionnaire.id,
          p.occasion,
          meetingId ?? '',
        );
        if (already.length > 0)
          return { fate: 'existing', message: `${participant.name}’s answers for this occasion are already recorded.` };
        records.create(
          'surveyResponse',
          checked('surveyResponse.create', {
            participantId: participant.id,
            questionnaireId: questionnaire.id,
            occasion: p.occasion,
            ...(meetingId ? { meetingId } : {}),
            date: p.date,
            answers: p.answers,
          }),
        );
        return { fate: 'new', message: `Answers of ${participant.name}.`, written: { surveyResponses: 1 } };
      },
    };

    return { schools, participants, attendance, observations, surveyResponses } as unknown as {
      [K in ImportKind]: RowKind<never>;
    };
  }

  const sheetOf = async (fileName: string, dataBase64: string, sheetName: string) => {
    const workbook = await readWorkbook(fileName, Buffer.from(dataBase64, 'base64'));
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet)
      throw new DomainError('invalid_input', `The file has no sheet called “${sheetName}”. Choose one of its sheets.`, [
        { field: 'sheet', message: 'Choose one of the file’s sheets.' },
      ]);
    if (sheet.problems.length > 0) throw new DomainError('invalid_input', sheet.problems.join(' '));
    return sheet;
  };

  function checkMapping(
    workGroupId: string,
    kind: ImportKind,
    mapping: ColumnMapping,
    sheet: RawSheet,
    options: SurveyOptions,
  ) {
    const questions =
      kind === 'surveyResponses'
        ? questionnaireOf(workGroupId, options.survey).questions.map((q) => `${QUESTION_FIELD}${q.id}`)
        : [];
    const known = new Set([...IMPORT_FIELDS[kind].map((f) => f.key), ...questions]);
    for (const [key, column] of Object.entries(mapping)) {
      if (!known.has(key)) throw invalid(`“${key}” is not a field of this import.`);
      if (column !== null && column >= sheet.headers.length)
        throw invalid(`The sheet has no column ${column + 1}. Choose its columns again.`);
    }
    const missing = missingFields(kind, mapping);
    if (questions.length > 0 && questions.every((q) => mapping[q] === undefined || mapping[q] === null))
      missing.push('the answers to at least one question');
    if (missing.length > 0)
      throw new DomainError(
        'invalid_input',
        `Choose the column that holds: ${missing.join('; ')}.`,
        missing.map((m) => ({ field: 'mapping', message: `Choose the column for ${m}.` })),
      );
  }

  /** Runs every row; always rolls back unless told to keep what it wrote. */
  function run(
    workGroupId: string,
    kind: ImportKind,
    mapping: ColumnMapping,
    sheet: RawSheet,
    keep: boolean,
    options: SurveyOptions,
  ) {
    const rows: PreviewRow[] = [];
    const written: Record<string, number> = {};
    const unknownRespondents = new Set<string>();
    try {
      store.transaction(() => {
        access.writable(workGroupId);
        const impl = kinds(workGroupId, options, unknownRespondents)[kind] as RowKind<unknown>;
        const seen = new Map<string, number>();
        for (const raw of sheet.rows) {
          const has: Has = (key) => mapping[key] !== undefined && mapping[key] !== null;
          const get: Get = (key) => (has(key) ? (raw.values[mapping[key]!] ?? null) : null);
          if (Object.values(mapping).every((c) => c === null || c === undefined || isBlank(raw.values[c] ?? null)))
            continue;
          const parsed = impl.parse(get, has);
          if (!parsed.ok) {
            rows.push({
              row: raw.row,
              fate: 'error',
              summary: summaryOf(raw.values, mapping),
              message: parsed.message,
            });
            continue;
          }
          const summary = impl.summary(parsed.value);
          const key = impl.key(parsed.value);
          const first = seen.get(key);
          if (first !== undefined) {
            rows.push({ row: raw.row, fate: 'duplicate', summary, message: `Repeats row ${first}: imported once.` });
            continue;
          }
          try {
            // Each row in its own savepoint: a refused row leaves nothing behind.
            const applied = store.db.transaction(() => impl.apply(parsed.value))();
            seen.set(key, raw.row);
            rows.push({ row: raw.row, fate: applied.fate, summary, message: applied.message });
            for (const [what, n] of Object.entries(applied.written ?? {})) written[what] = (written[what] ?? 0) + n;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            rows.push({ row: raw.row, fate: 'error', summary, message: error.inFull() });
          }
        }
        if (!keep) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    const counts = { new: 0, existing: 0, duplicate: 0, skip: 0, error: 0 };
    for (const r of rows) counts[r.fate] += 1;
    return { rows, counts, written, unknownRespondents: [...unknownRespondents] };
  }

  const summaryOf = (values: RawValue[], mapping: ColumnMapping) =>
    Object.values(mapping)
      .filter((c): c is number => c !== null && c !== undefined)
      .map((c) => asText(values[c] ?? null))
      .filter(Boolean)
      .join(', ')
      .slice(0, 120);

  const warningsFor = (kind: ImportKind, sheet: RawSheet, mapping: ColumnMapping, counts: { duplicate: number }) => {
    const warnings = [...sheet.warnings];
    if (counts.duplicate > 0)
      warnings.push(
        `${counts.duplicate} ${counts.duplicate === 1 ? 'row repeats' : 'rows repeat'} an earlier row: each is imported once.`,
      );
    if (kind === 'observations') {
      const mapped = new Set(Object.values(mapping));
      const names = sheet.headers.filter((h, i) => !mapped.has(i) && looksLikeChildNames(h));
      if (names.length > 0)
        warnings.push(
          `The column${names.length === 1 ? '' : 's'} ${names.map((n) => `“${n}”`).join(', ')} may hold children’s names. Focus children are recorded by code only, so ${names.length === 1 ? 'it is' : 'they are'} not imported; consider deleting ${names.length === 1 ? 'it' : 'them'} from the file.`,
        );
    }
    return warnings;
  };

  return {
    inspect: async (input: { fileName: string; dataBase64: string }) => {
      const workbook = await readWorkbook(input.fileName, Buffer.from(input.dataBase64, 'base64'));
      const sheets: ImportSheet[] = workbook.sheets.map((s) => {
        const proposals = Object.fromEntries(IMPORT_KINDS.map((k) => [k, proposeMapping(k, s.headers)])) as Record<
          ImportKind,
          ColumnMapping
        >;
        return {
          name: s.name,
          headers: s.headers,
          headerRow: s.headerRow,
          rowCount: s.rows.length,
          sample: s.rows.slice(0, 5).map((r) => s.headers.map((_, i) => asText(r.values[i] ?? null))),
          problems: s.problems,
          warnings: s.warnings,
          proposals,
          suggestedKind: s.problems.length > 0 ? null : suggestKind(proposals),
        };
      });
      return { fileType: workbook.fileType, sheets };
    },

    preview: async (input: ImportRequest): Promise<ImportPreview> => {
      const sheet = await sheetOf(input.fileName, input.dataBase64, input.sheet);
      checkMapping(input.workGroupId, input.kind, input.mapping, sheet, input);
      const { rows, counts, unknownRespondents } = run(
        input.workGroupId,
        input.kind,
        input.mapping,
        sheet,
        false,
        input,
      );
      return {
        kind: input.kind,
        sheet: sheet.name,
        rows,
        counts,
        warnings: warningsFor(input.kind, sheet, input.mapping, counts),
        unknownRespondents,
      };
    },

    commit: async (input: ImportRequest & { skipErrors: boolean }): Promise<ImportCommit> => {
      const sheet = await sheetOf(input.fileName, input.dataBase64, input.sheet);
      checkMapping(input.workGroupId, input.kind, input.mapping, sheet, input);
      const dry = run(input.workGroupId, input.kind, input.mapping, sheet, false, input);
      if (dry.counts.error > 0 && !input.skipErrors) {
        throw new DomainError(
          'conflict',
          `${dry.counts.error} ${dry.counts.error === 1 ? 'row has an error' : 'rows have errors'}, so nothing was imported. Correct ${dry.counts.error === 1 ? 'it' : 'them'} in the file, or choose to import only the rows without errors.`,
        );
      }
      if (dry.counts.new === 0) return { counts: dry.counts, written: {}, backup: null };
      const backup = writeBackup(store.db, store.path, 'before-import');
      const done = run(input.workGroupId, input.kind, input.mapping, sheet, true, input);
      return { counts: done.counts, written: done.written, backup: backup.split(/[\\/]/).pop() ?? backup };
    },
  };
}
