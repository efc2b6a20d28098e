/** Kysely table interfaces of the quizzes domain (quiz, question bank, attempts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuizTables {}
