import { describe, expect, it } from 'vitest';
import { errorOf, fieldOf, listOf, textOf } from './field-values.js';

describe('textOf', () => {
	it('shows strings and numbers as typed, and anything else as an empty field', () => {
		expect(textOf('Lambeth')).toBe('Lambeth');
		expect(textOf(0)).toBe('0');
		expect(textOf(null)).toBe('');
		expect(textOf(undefined)).toBe('');
		expect(textOf({ name: 'x' })).toBe('');
	});
});

describe('listOf', () => {
	it('keeps the strings of a list and treats anything else as none', () => {
		expect(listOf(['a', 2, 'b'])).toEqual(['a', 'b']);
		expect(listOf('a')).toEqual([]);
	});
});

describe('fieldOf', () => {
	it('reads a field of an object and nothing from anything else', () => {
		expect(fieldOf({ wave: 2 }, 'wave')).toBe(2);
		expect(fieldOf(null, 'wave')).toBeUndefined();
		expect(fieldOf('text', 'length')).toBeUndefined();
	});
});

describe('errorOf', () => {
	const errors = [
		{ field: 'name', message: 'Enter a name' },
		{ field: 'protocol.publishedOn', message: 'Enter a real date' }
	];

	it('finds the error of a field, or of a part inside it', () => {
		expect(errorOf(errors, 'name')).toBe('Enter a name');
		expect(errorOf(errors, 'protocol')).toBe('Enter a real date');
	});

	it('does not mistake a field for another that starts the same way', () => {
		expect(errorOf(errors, 'nam')).toBeUndefined();
		expect(errorOf([{ field: 'names', message: 'x' }], 'name')).toBeUndefined();
	});
});
