/** Year bounds of the profile format: nothing before 1945; 2100 guards against typos. Zod-free. */
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;
