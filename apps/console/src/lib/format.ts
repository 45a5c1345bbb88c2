/** A UTC timestamp as the console shows times: day and minute, marked UTC. */
export function formatUtc(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
