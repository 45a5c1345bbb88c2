import type { CspDirectives } from '@sveltejs/kit';

/** The Content Security Policy of every page built from these components. */
export declare const cspDirectives: CspDirectives;
