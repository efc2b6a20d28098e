/** Kysely table interfaces of the certificates domain. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CertificateTables {}
