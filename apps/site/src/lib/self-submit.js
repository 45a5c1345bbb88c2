/**
 * The site's one script: it submits the form with id "self-submit" as soon as the page loads, so
 * a reader who follows a confirmation link is subscribed in one click while a mail scanner that
 * only fetches the link is not. The CSP allows it by its hash (svelte.config.js), and nothing else.
 */
export const selfSubmitScript = 'document.getElementById("self-submit").submit();';

/** The script as an element, for `{@html}`: a component cannot hold the closing tag itself. */
export const selfSubmitElement = `<script>${selfSubmitScript}</script>`;
