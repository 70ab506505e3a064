import { useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';

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
  disabled?: boolean;
  onChoose: (choice: ThemeChoice) => Promise<void>;
}

/**
 * Type part of a theme's name and choose it, or type a new name to add it to the codebook as it is
 * applied; Enter on a chosen theme applies it, and so does the button beside.
 */
export function ThemePicker({ label, themes, applyLabel, disabled = false, onChoose }: ThemePickerProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const typed = folded(text);
  const matching = themes.filter((theme) =>
    [theme.name, theme.parentName ?? ''].some((name) => folded(name).includes(typed)),
  );
  const exact = themes.find((theme) => folded(theme.name) === typed);
  const items = [
    ...matching.map((theme) => ({ ...theme, label: theme.name })),
    ...(typed && !exact ? [{ id: NEW, name: text.trim(), label: `Add “${text.trim()}” as a new theme` }] : []),
  ];

  const choose = async (choice: ThemeChoice) => {
    setBusy(true);
    try {
      await onChoose(choice);
      setText('');
    } finally {
      setBusy(false);
    }
  };
  const chooseTyped = () => {
    if (!typed) return;
    void choose(exact ? { themeId: exact.id } : { newName: text.trim() });
  };

  return (
    <div className="theme-picker">
      <ComboBox
        className="field theme-combo"
        items={items}
        inputValue={text}
        onInputChange={setText}
        allowsCustomValue
        menuTrigger="focus"
        isDisabled={disabled || busy}
        selectedKey={null}
        onSelectionChange={(key) => {
          if (key === null) return;
          const item = items.find((i) => i.id === key);
          if (!item) return;
          void choose(item.id === NEW ? { newName: item.name } : { themeId: item.id });
        }}
      >
        <Label>{label}</Label>
        <div className="combo-input">
          <Input
            placeholder="Type to find a theme or name a new one"
            onKeyDown={(event) => {
              // Enter with no option chosen in the list applies what was typed.
              if (event.key === 'Enter' && !event.currentTarget.getAttribute('aria-activedescendant')) chooseTyped();
            }}
          />
          <Button aria-label="Show the themes">▾</Button>
        </div>
        <Popover className="combo-popover" placement="bottom start">
          <ListBox className="combo-list" renderEmptyState={() => <p className="empty">No themes yet: type a name.</p>}>
            {(item: (typeof items)[number]) => (
              <ListBoxItem id={item.id} textValue={item.label} className="combo-option">
                {item.label}
                {'parentName' in item && item.parentName && <span className="sub"> in {item.parentName}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <button type="button" className="primary" disabled={disabled || busy || !typed} onClick={chooseTyped}>
        {applyLabel}
      </button>
    </div>
  );
}
