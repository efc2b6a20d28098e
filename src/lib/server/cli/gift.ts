import type { Command } from './shared';

/** gift:import and gift:export (registered in commands.ts). */
export const giftCommands: Record<string, Command> = {};
