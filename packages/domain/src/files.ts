import { z } from 'zod';
import { idSchema } from './common.js';
import { DomainError } from './errors.js';

/** Every PDF starts with "%PDF-". */
const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** The largest report the library takes: 20 MB. */
export const maxPdfBytes = 20 * 1024 * 1024;

/** An uploaded file as a record refers to it. */
export type FileRef = z.infer<typeof fileRefSchema>;
/** Validates a reference to an uploaded file. */
export const fileRefSchema = z.object({
	id: idSchema,
	name: z.string().min(1).max(120).describe('The name it downloads as'),
	bytes: z.int().min(1).max(maxPdfBytes)
});

/**
 * A file size for readers.
 * @example formatFileSize(1_572_864) // '1.5 MB'
 */
export function formatFileSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A name safe to send in a download header and to show: no folders, only letters, digits, spaces,
 * dots, hyphens and underscores, ending in .pdf.
 * @example safePdfName('C:\\reports\\IFPS review (final).pdf') // 'IFPS review final.pdf'
 */
export function safePdfName(name: string): string {
	const base = name.split(/[\\/]/).at(-1) ?? '';
	const stem = base
		.replace(/\.pdf$/i, '')
		.replace(/[^\w .-]+/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 100);
	return `${stem || 'report'}.pdf`;
}

/**
 * Checks an upload is a PDF within the size limit, by its first bytes rather than its name or the
 * type the browser claims, and gives the name it will download as. Refusals say what to do.
 */
export function checkPdfUpload(upload: { name: string; bytes: Uint8Array }): { name: string } {
	const size = upload.bytes.byteLength;
	if (size === 0)
		throw new DomainError('INVALID_INPUT', 'The file is empty: choose the PDF again.');
	if (size > maxPdfBytes) {
		throw new DomainError(
			'INVALID_INPUT',
			`The file is ${formatFileSize(size)}; reports can be up to 20 MB. Compress the PDF and try again.`
		);
	}
	if (!pdfSignature.every((byte, index) => upload.bytes[index] === byte)) {
		throw new DomainError(
			'INVALID_INPUT',
			'The file is not a PDF: save the report as a PDF first.'
		);
	}
	return { name: safePdfName(upload.name) };
}
