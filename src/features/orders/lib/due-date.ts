/** The due date an activation today starts: today plus the payment term, in calendar days. */
export function dueDateIfActivatedToday(termDays: number, today: Date = new Date()): string {
  const due = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + termDays));
  return due.toISOString().slice(0, 10);
}
