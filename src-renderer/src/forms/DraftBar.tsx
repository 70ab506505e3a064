import { BusyButton } from '../components/BusyButton';

/** Says that what a form holds is a draft, with the form's own Save (its submit) and a Discard. */
export function DraftBar({ saving, onDiscard }: { saving: boolean; onDiscard: () => void }) {
  return (
    <div className="draft-bar">
      <span>Draft — not saved yet</span>
      <BusyButton type="submit" busy={saving}>
        Save
      </BusyButton>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
