import { rulesOf } from './content-kinds.js';
import { type ContentKind, type ContentOf } from './kinded-content.js';

/** A value as text, with object keys in a fixed order (jsonb gives them back in its own). */
function valueText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.map(valueText).join(', ');
	if (typeof value === 'object') {
		return Object.entries(value)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, inner]) => `${key}: ${valueText(inner)}`)
			.join('; ');
	}
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One changed field between two versions of an item's content, as text. */
export interface ContentChange {
	field: string;
	label: string;
	before: string;
	after: string;
}

/**
 * The fields that differ between two versions of an item's content, in form order.
 * @example diffContent('programme', a, { ...a, name: 'New' }) // [{ field: 'name', label: 'Name', … }]
 */
export function diffContent<K extends ContentKind>(
	kind: K,
	before: ContentOf<K>,
	after: ContentOf<K>
): ContentChange[] {
	const rules = rulesOf(kind);
	const text = (content: ContentOf, field: string) =>
		rules.fieldText
			? rules.fieldText(content, field)
			: valueText((content as Record<string, unknown>)[field]);
	return Object.entries(rules.fieldLabels).flatMap(([field, label]) => {
		const [was, is] = [text(before, field), text(after, field)];
		return was === is ? [] : [{ field, label, before: was, after: is }];
	});
}
