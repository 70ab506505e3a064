import { useState } from 'react';
import { Autocomplete, Input, Label, ListBox, ListBoxItem, TextField } from 'react-aria-components';

/** A theme as the picker offers it. */
export interface ThemeOption {
  id: string;
  name: string;
  /** The broader theme it sits under, shown beside it. */
  parentName?: string | undefined;
}

/** What the Lead chose: a theme in the codebook, or a name for a new one. */
export type ThemeChoice = { themeId: string } | { newName: string };

const NEW = 'new-theme';
const folded = (text: string) => text.trim().toLocaleLowerCase('en-GB');

interface ThemePickerProps {
  label: string;
  themes: readonly ThemeOption[];
  /** "Apply theme" */
  applyLabel: string;
  onChoose: (choice: ThemeChoice) => Promise<void>;
}

/**
 * Type part of a theme's name to narrow the codebook's themes listed below, or a new name to add
 * it to the codebook as it is applied. Enter applies the first theme listed, and the arrow keys
 * move to another or to adding what was typed as a new theme; a click does the same, and so does
 * the button beside with what was typed. The list sits in the page rather than over it, so nothing
 * else is hidden while it is used.
 */
export function ThemePicker({ label, themes, applyLabel, onChoose }: ThemePickerProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  // Each theme applied starts the picker afresh: nothing left chosen in a list that has changed.
  const [applied, setApplied] = useState(0);
  const typed = folded(text);
  const matching = themes.filter((theme) =>
    [theme.name, theme.parentName ?? ''].some((name) => folded(name).includes(typed)),
  );
  const exact = themes.find((theme) => folded(theme.name) === typed);
  // Themes in the codebook come before a new one, the one named exactly first, so that Enter
  // applies a theme the group already has rather than adding a near-twin of it.
  const items = [
    ...(exact ? [exact] : []),
    ...matching.filter((theme) => theme !== exact),
    ...(typed && !exact ? [{ id: NEW, name: text.trim(), parentName: undefined }] : []),
  ];

  const choose = async (choice: ThemeChoice) => {
    setBusy(true);
    try {
      await onChoose(choice);
      setText('');
      setApplied((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="theme-picker">
      <Autocomplete key={applied} inputValue={text} onInputChange={setText}>
        <div className="theme-picker-row">
          <TextField className="field theme-field">
            <Label>{label}</Label>
            {/* After a theme is applied the focus stays where the Lead was typing. */}
            <Input placeholder="Find or name a theme" autoFocus={applied > 0} />
          </TextField>
          <button
            type="button"
            className="primary"
            disabled={busy || !typed}
            onClick={() => void choose(exact ? { themeId: exact.id } : { newName: text.trim() })}
          >
            {applyLabel}
          </button>
        </div>
        {/* A long codebook scrolls in its own box, which the keyboard can reach to scroll it too. */}
        <div className="theme-options" tabIndex={0} role="group" aria-label="The codebook’s themes">
          <ListBox
            className="theme-list"
            aria-label="Themes to apply"
            items={items}
            onAction={(key) => {
              const item = items.find((i) => i.id === key);
              if (item && !busy) void choose(item.id === NEW ? { newName: item.name } : { themeId: item.id });
            }}
            renderEmptyState={() => <p className="empty">No themes yet: type a name for the first.</p>}
          >
            {(item) => (
              <ListBoxItem id={item.id} textValue={item.id === NEW ? `Add “${item.name}” as a new theme` : item.name}>
                {item.id === NEW ? (
                  <>
                    Add “<strong>{item.name}</strong>” as a new theme
                  </>
                ) : (
                  item.name
                )}
                {item.parentName && <span className="sub"> in {item.parentName}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </div>
      </Autocomplete>
    </div>
  );
}
