/**
 * Who does an act, for the audit log and the "by" columns: a signed-in person, or the command line (`id: null`).
 * Acts that must name a person (creating a module, a quiz, a session) take `Actor<number>`.
 */
import type { Role } from './users/tables';

export interface Actor<Id extends number | null = number | null> {
	id: Id;
}

/** A signed-in person acting in her role: the services that decide by role and ownership (council, coaching, stories) take this. */
export interface PersonActor extends Actor<number> {
	role: Role;
}
