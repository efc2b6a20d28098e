/** What the demo seed passes to each domain's demo data: look modules up by slug, the cohort by name. */
export interface DemoContext {
	adminId: number;
	/** trainer1, trainer2 */
	trainerIds: [number, number];
	/** learnerIds[0] is demo learner 1 (0600000001). */
	learnerIds: number[];
	/** The moment dates are counted from (tests pass a fixed one). */
	now: Date;
}
