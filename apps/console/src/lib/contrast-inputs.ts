/** The numbers of a contrast, each a column of its row on the outcome page. */
export const contrastColumns = [
	{ field: 'effectSize', label: 'Effect size' },
	{ field: 'variance', label: 'Variance' },
	{ field: 'ciLower', label: 'CI lower' },
	{ field: 'ciUpper', label: 'CI upper' },
	{ field: 'treatmentN', label: 'Treatment n' },
	{ field: 'comparisonN', label: 'Comparison n' }
] as const;

/**
 * A contrast row's inputs in the order the browser sends them, its sample first (a row whose
 * sample is blank is left out): the page's preview reads them as a save would.
 */
export const contrastInputs = [
	...['sampleId', 'studyKey', 'metric', ...contrastColumns.map((c) => c.field)],
	...['favourableDirection', 'designRating', 'remove']
];
