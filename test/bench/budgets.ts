// The performance budgets (medians on a 2-core machine), one table, in milliseconds.
export const BUDGETS_MS: Record<string, number> = {
  'open the hub workspace': 300,
  'evaluate one Work Group (hub)': 50,
  'hub roll-up of 40': 300,
  'hub view of 40 (what the screen calls)': 1_000,
  'hub view of 40: first view after opening, nothing kept (browser)': 1_000,
  'hub themes of 40': 1_000,
  'hub roll-up of 1,000': 1_000,
  'search at national scale': 100,
  'Work Group report (Word, with charts)': 2_000,
  'all 42 case studies (Word)': 10_000,
  'Work Group workbook (Excel)': 1_000,
  'national hub workbook (Excel)': 60_000,
  'bundle round trip of a Work Group': 1_000,
};

/** Peak resident memory budgets, in megabytes. */
export const MEMORY_BUDGETS_MB: Record<string, number> = {
  'national hub workbook (Excel)': 1_024,
};
