// Gamma-function family used for p-values. Algorithms: Lanczos approximation (g = 7, n = 9) for
// log Γ, and the series / Lentz continued fraction for the regularised incomplete gamma function,
// accurate to about 1e-14 over the range meta-analysis needs.

const lanczos = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];

/**
 * The natural logarithm of the gamma function, for x > 0.
 * @example Math.exp(logGamma(5)) // 24 (to rounding)
 */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let sum = lanczos[0] as number;
	for (let i = 1; i < lanczos.length; i++) sum += (lanczos[i] as number) / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const maxIterations = 1000;
const epsilon = 1e-16;

/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x ≥ 0.
 * @example upperRegularizedGamma(1, 2) // e^-2 ≈ 0.1353
 */
export function upperRegularizedGamma(a: number, x: number): number {
	if (x <= 0) return 1;
	if (x < a + 1) return 1 - lowerSeries(a, x);
	return upperContinuedFraction(a, x);
}

function lowerSeries(a: number, x: number): number {
	let term = 1 / a;
	let sum = term;
	for (let n = 1; n < maxIterations; n++) {
		term *= x / (a + n);
		sum += term;
		if (Math.abs(term) < Math.abs(sum) * epsilon) break;
	}
	return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function upperContinuedFraction(a: number, x: number): number {
	const tiny = 1e-300;
	let b = x + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < maxIterations; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < epsilon) break;
	}
	return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
