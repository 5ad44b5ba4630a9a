/** Types of scripts/pg-temp.mjs (a plain script, shared by .ci/run and the test setup). */
export function findPgBin(): string | undefined;
export function startTempPostgres(dir?: string): { url: string; dir: string };
export function stopTempPostgres(dir: string): void;
