/** Calendar days in Europe/Oslo, where the newsletter lives. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2024-03-13` for an instant, as the day is called in Oslo. */
export function osloDay(instant: Date | string): string {
  return dayFormat.format(typeof instant === 'string' ? new Date(instant) : instant);
}
