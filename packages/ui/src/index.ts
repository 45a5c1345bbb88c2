export { default as ErrorPage } from './components/ErrorPage.svelte';
export { choicesOf } from './choices.js';
export { errorHeading } from './error-heading.js';
export { default as Breadcrumbs } from './components/Breadcrumbs.svelte';
export { default as Pagination } from './components/Pagination.svelte';
export { default as EffectivenessBadge } from './components/EffectivenessBadge.svelte';
export { default as IllustrativeTag } from './components/IllustrativeTag.svelte';
export { default as OutcomeRatingsList } from './components/OutcomeRatingsList.svelte';
export { default as OutcomeRatingsTable } from './components/OutcomeRatingsTable.svelte';
export { default as RatingScales } from './components/RatingScales.svelte';
export { default as SiteFooter } from './components/SiteFooter.svelte';
export { default as SiteHeader } from './components/SiteHeader.svelte';
export { default as StrengthBadge } from './components/StrengthBadge.svelte';
export {
	countryName,
	formatAgeRange,
	formatCount,
	formatLondonDate,
	formatLongDate,
	formatMonth,
	formatPounds
} from './format.js';
export { markCurrent, type NavigationLink, type NavigationItem } from './navigation.js';
export { default as ForestPlot } from './components/ForestPlot.svelte';
export type { ForestPlotPooled, ForestPlotRow } from './forest-plot-input.js';
export { default as AreaMap } from './components/AreaMap.svelte';
export {
	boxAround,
	boxesOverlap,
	pathBounds,
	toViewBox,
	unionBox,
	type Box,
	type MapAreaView
} from './area-map.js';
export { default as TrendChart } from './components/TrendChart.svelte';
export { layoutTrendChart, type TrendSeries } from './trend-chart.js';
export { default as ErrorMessage } from './components/ErrorMessage.svelte';
export { default as FormField } from './components/FormField.svelte';
export { default as TextField } from './components/TextField.svelte';
export { default as FileField } from './components/FileField.svelte';
export { default as TextAreaField } from './components/TextAreaField.svelte';
export { default as SelectField } from './components/SelectField.svelte';
export { default as CheckboxGroup } from './components/CheckboxGroup.svelte';
export { default as RadioGroup } from './components/RadioGroup.svelte';
export { default as ErrorSummary } from './components/ErrorSummary.svelte';
export { default as SuccessBanner } from './components/SuccessBanner.svelte';
export { default as ContentImage } from './components/ContentImage.svelte';
export { default as NewsletterIssue } from './components/NewsletterIssue.svelte';
export { default as ScrollRegion } from './components/ScrollRegion.svelte';
export { default as Table } from './components/Table.svelte';
export type { StackWidth, TableColumn } from './table.js';
export { errorOf, fieldOf, listOf, textOf, type FieldError } from './field-values.js';
export { formErrors, formFields, readForm, sentFields } from './read-form.js';
export {
	consoleName,
	consolePageTitle,
	pageTitle,
	siteName,
	type PageTitleOptions
} from './page-title.js';
