// Placeholder: replaced by the browser-test setup (builds the Astro site once per run).
export default function setup(): void {}
