/** The text of the site's one inline script (see self-submit.js). */
export const selfSubmitScript: string;
/** The script as an element, for `{@html}`. */
export const selfSubmitElement: string;
