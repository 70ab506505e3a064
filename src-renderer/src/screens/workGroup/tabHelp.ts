import type { WorkGroupTab } from '../../router';

/** A sentence or two under each tab of a Work Group, in a Lead's words: what it is for and what to do next. */
export const TAB_HELP: Record<WorkGroupTab, string> = {
  overview:
    'The question the whole group is exploring and the outcomes you agreed with senior leaders at the start. Fill these in first; when the year ends, roll the group over into the next one here.',
  schools:
    'Each school in the group and its senior leader: the impact they hope for at the start of the year, and their own evaluation against it at the end.',
  participants:
    'The teachers taking part, with their research questions and how confident they feel at the start and the end of the year. Each then chooses up to three focus children.',
  'focus-children':
    'Children are recorded by a code, never by name. Write a pen portrait at the start and the end of the year, and open a child’s code to add observations in between.',
  meetings:
    'Record each meeting as it happens, with its notes and the readings discussed, then tick who came in the attendance grid below.',
  readings:
    'The papers and articles you share with the group. Choose them when you record a meeting or a journal entry, so the evaluation sees them used.',
  journal:
    'Participants’ reflections as the year goes on. Tag each entry with the NCETM areas and DfE standards it speaks to, so it counts as evidence.',
  'action-research':
    'Each participant’s cycles of plan, act, observe and reflect. Record a cycle when it starts and fill it in as it goes.',
  impact:
    'What changed, for whom, and how you know. Link each claim to the journal entries, observations or meetings behind it; linked evidence makes a claim stronger.',
  surveys:
    'Questionnaires you design, given at the start and the end of the year or after each meeting, and each participant’s answers: typed here, sent back in a teacher’s updates, or imported from Microsoft Forms or Google Forms.',
  themes:
    'What worked, in the group’s own words: select words in any journal entry, observation, pen portrait or note and apply a theme, then see where each theme occurs, which occur together and beside which children’s change.',
  programme:
    'Who is in the programme’s cohort, the intake each joined and where they come from; and each session with the unit of the NCETM materials it worked through, then who came, in the grid below.',
  support:
    'The school’s action plan with the support days agreed, and each day with its leaders as it happens, by the stage of the work it served: explore, prepare, deliver or sustain.',
  evaluation:
    'The year against the DfE Standard and the NCETM areas, from what you have recorded. Start with “What is missing”, then give your own judgement of each.',
  spreadsheets:
    'Download the year’s figures as an Excel workbook, or bring in schools, participants, attendance or observations from a spreadsheet you already keep.',
};
