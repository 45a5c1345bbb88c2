// The public site is read, not used as an app: every page is complete HTML from the server and
// works without JavaScript, so no page ships a client bundle or the data to hydrate one. Links and
// forms are ordinary page loads, as on GOV.UK.
export const csr = false;
