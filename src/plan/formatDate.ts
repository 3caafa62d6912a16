/** "2021-12-07" → "7 December 2021", written out so no locale data is needed. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const name = months[(month ?? 1) - 1];
  return name && day && year ? `${day} ${name} ${year}` : iso;
}
