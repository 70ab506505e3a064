import { BusyButton } from '../components/BusyButton';

/**
 * Says that what a form holds is a draft, with a Discard and a "Save now" that submits the form (so a
 * long form can be saved from its top; named apart from the form's own Save at its foot). A box inside
 * another form (a new school) or with no form of its own (a grid) saves with onSave instead.
 */
export function DraftBar({
  saving = false,
  onSave,
  onDiscard,
}: {
  saving?: boolean;
  onSave?: () => void;
  onDiscard: () => void;
}) {
  return (
    <div className="draft-bar">
      <span>Draft — not saved yet</span>
      <BusyButton type={onSave ? 'button' : 'submit'} busy={saving} onClick={onSave}>
        Save now
      </BusyButton>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
