/**
 * Who does an act, for the audit log and the "by" columns: a signed-in person, or the command line (`id: null`).
 * Acts that must name a person (creating a module, a quiz, a session) take `Actor<number>`.
 */
export interface Actor<Id extends number | null = number | null> {
	id: Id;
}
