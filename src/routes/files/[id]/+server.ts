import { fileStorage } from '$lib/server/media/storage';
import { fileResponse } from '$lib/server/media/serve';
import { readableFile } from '../read';
import type { RequestHandler } from './$types';

/** The file as uploaded (Range requests honoured: phones seek in narrations). */
export const GET: RequestHandler = async (event) => fileResponse(event.request, await readableFile(event), fileStorage());
