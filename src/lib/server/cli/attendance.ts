import type { Command } from './shared';

/** Command-line commands of the attendance domain (registered in commands.ts). */
export const attendanceCommands: Record<string, Command> = {};
