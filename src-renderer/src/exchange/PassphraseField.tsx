import { Field } from '../components/Field';

interface PassphraseFieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** "new-password" where one is being chosen, so the browser offers no saved one. */
  autoComplete: 'new-password' | 'off';
  disabled?: boolean;
}

/** The bundle passphrase, typed and never shown. */
export function PassphraseField({ label, hint, error, value, onChange, autoComplete, disabled }: PassphraseFieldProps) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(p) => (
        <input
          {...p}
          type="password"
          autoComplete={autoComplete}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
