import { BusyButton } from '../components/BusyButton';

/**
 * Says that what a form holds is a draft, with a Discard and a "Save now" that submits the form (so a
 * long form can be saved from its top; named apart from the form's own Save at its foot).
 */
export function DraftBar({ saving, onDiscard }: { saving: boolean; onDiscard: () => void }) {
  return (
    <div className="draft-bar">
      <span>Draft — not saved yet</span>
      <BusyButton type="submit" busy={saving}>
        Save now
      </BusyButton>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
