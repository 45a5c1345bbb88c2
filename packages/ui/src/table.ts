import type { ClassValue } from 'svelte/elements';

/** A column of a `Table`: the text of its header cell and how that cell looks. */
export interface TableColumn {
	/** The header's text, which screen readers announce with every cell of the column. */
	label: string;
	/** Right-aligns the header, to sit over numbers (give the cells `govuk-table__cell--numeric`). */
	numeric?: boolean;
	/** Hides the label on screen but not from screen readers, e.g. for a column of row actions. */
	hidden?: boolean;
	/** More classes for the header cell, such as a width. */
	class?: ClassValue;
}

/** The container widths below which a `Table` can stack its rows: see its `stackBelow`. */
export type StackWidth = '30em' | '60em';
