import type { Command } from './shared';

/** Command-line commands of the certificates domain (registered in commands.ts). */
export const certificateCommands: Record<string, Command> = {};
