/** A `YYYY-MM-DD` day as people in Vietnam write it, `DD/MM/YYYY` (the printout's dates too). */
export const formatDay = (day: string): string => day.split('-').reverse().join('/');
