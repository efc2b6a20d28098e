import type { Command } from './shared';

/** Command-line commands of the quizzes domain (registered in commands.ts). */
export const quizCommands: Record<string, Command> = {};
