/** Kysely table interfaces of the attendance domain (class sessions, marks, check-in codes). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AttendanceTables {}
