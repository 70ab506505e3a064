import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src-shared/privacy/findings';
import { stubWindow } from './windowStub';

stubWindow();
const { personalDataNote } = await import('../../src-renderer/src/forms/usePersonalDataNote');

const found = (kind: Finding['kind'], match: string): Finding => ({ where: '1', kind, match, context: match });

describe('the note under a long text', () => {
  it('says nothing when nothing was found', () => {
    expect(personalDataNote([])).toBe('');
  });

  it('names the names once each, and says what to do instead', () => {
    expect(personalDataNote([found('name', 'Priya'), found('known_person', 'Mr Okafor'), found('name', 'Priya')])).toBe(
      'This may name someone: Priya, Mr Okafor. Focus children are recorded by code.',
    );
  });

  it('says what other details are, and how many more there are past the first four', () => {
    expect(
      personalDataNote([
        found('name', 'Priya'),
        found('date_of_birth', 'born 12.03.2016'),
        found('upn', 'a123456789012'),
        found('email', 'mum@example.com'),
        found('phone', '07700 900123'),
        found('school', 'Oakfield Primary School'),
      ]),
    ).toBe(
      'This may identify someone: Priya, born 12.03.2016 (date of birth), a123456789012 (unique pupil number), ' +
        'mum@example.com (email address) and 2 more. Focus children are recorded by code.',
    );
  });
});
