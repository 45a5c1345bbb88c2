import { describe, expect, it } from 'vitest';
import { checkPdfUpload, formatFileSize, maxPdfBytes, safePdfName } from './files.js';

const pdf = (size: number) => {
	const bytes = new Uint8Array(size);
	bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
	return bytes;
};

describe('PDF uploads', () => {
	it('accepts a PDF up to 20 MB by its first bytes, naming it safely', () => {
		expect(checkPdfUpload({ name: '../../etc/IFPS review (final).PDF', bytes: pdf(2048) })).toEqual(
			{
				name: 'IFPS review final.pdf'
			}
		);
		expect(checkPdfUpload({ name: 'big.pdf', bytes: pdf(maxPdfBytes) }).name).toBe('big.pdf');
	});

	it('refuses an empty file, one over 20 MB and one that only claims to be a PDF', () => {
		expect(() => checkPdfUpload({ name: 'a.pdf', bytes: new Uint8Array() })).toThrow(/empty/);
		expect(() => checkPdfUpload({ name: 'a.pdf', bytes: pdf(maxPdfBytes + 1) })).toThrow(
			/20\.0 MB; reports can be up to 20 MB/
		);
		const html = new TextEncoder().encode('<html><script>alert(1)</script>');
		expect(() => checkPdfUpload({ name: 'report.pdf', bytes: html })).toThrow(/not a PDF/);
	});

	it('names files without folders or header-breaking characters', () => {
		expect(safePdfName('C:\\reports\\x";\r\nSet-Cookie: a=b.pdf')).toBe('xSet-Cookie ab.pdf');
		expect(safePdfName('')).toBe('report.pdf');
		expect(formatFileSize(1_572_864)).toBe('1.5 MB');
		expect(formatFileSize(2048)).toBe('2 KB');
	});
});
