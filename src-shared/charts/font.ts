// Liberation Sans has Arial's widths and stands in where a machine has no Arial: the documents'
// charts carry it (src-main/export/chartImage.ts), so their words never come out as empty boxes.
/** The one typeface of every chart's text: titles, axis titles, ticks, legends and tooltips. */
export const CHART_FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';
